using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Actors;
using Vigil.Events;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Actors;

public sealed class ActorRegisterTests(ActorRegisterFixture fixture) : IClassFixture<ActorRegisterFixture>
{
    private const string Register = "Register office";

    [Fact]
    public async Task List_AfterImport_CountsPerSourceIdentityMatchTheFiles()
    {
        Assert.Equal(0, fixture.Imported.Rejected);
        using var analyst = await fixture.ClientAsync(Register);

        var acled = ExpectedActorCounts.Acled(SharedData.Events(ActorRegisterFixture.AcledFile));
        var ged = ExpectedActorCounts.Ged(SharedData.Events(ActorRegisterFixture.GedFile));

        Assert.Equal(acled, await CountsAsync(analyst, "AFG", EventSource.Acled));
        Assert.Equal(ged, await CountsAsync(analyst, "BGD", EventSource.UcdpGed));
        Assert.Contains(acled, c => c.Value.CivilianEvents > 0);
        Assert.Contains(ged, c => c.Value.CivilianEvents > 0);
    }

    [Fact]
    public async Task List_ExactShape_IdNameKindSources()
    {
        using var analyst = await fixture.ClientAsync(Register);
        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/actors?country=AFG", TestContext.Current.CancellationToken);
        var taliban = list.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Taliban");
        Assert.True(taliban.TryGetProperty("id", out _));
        Assert.Equal("rebel-group", taliban.GetProperty("kind").GetString());
        var source = Assert.Single(taliban.GetProperty("sources").EnumerateArray());
        Assert.Equal("acled", source.GetProperty("source").GetString());
        Assert.Equal("Taliban", source.GetProperty("sourceActorId").GetString());
        foreach (var name in new[] { "events", "civilianEvents", "deaths" })
        {
            Assert.True(source.GetProperty(name).GetInt64() >= 0);
        }
    }

    [Fact]
    public async Task List_WithoutCountry_BadRequestNamingTheField()
    {
        using var analyst = await fixture.ClientAsync(Register);
        using var response = await analyst.GetAsync("/api/v1/actors", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("country", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kinds_SuggestedFromInterCodesAndGovernmentNames()
    {
        using var analyst = await fixture.ClientAsync(Register);
        var afg = await KindsAsync(analyst, "AFG");
        var bgd = await KindsAsync(analyst, "BGD");
        Assert.Equal("state-forces", afg["Military Forces of Afghanistan (2014-)"]);
        Assert.Equal("rebel-group", afg["Taliban"]);
        Assert.Equal("state-forces", bgd["Government of Bangladesh"]);
        Assert.DoesNotContain(afg.Keys, n => n.StartsWith("Civilians", StringComparison.Ordinal));
        Assert.DoesNotContain(bgd.Keys, n => n == "Civilians");
    }

    [Fact]
    public async Task Events_KeepInterCodesAssociatedActorsAndGedActorIds()
    {
        await using var db = await DbAsync();
        // AFG44667 in the file: inter1 3, inter2 7, assoc_actor_2 "Muslim Group (Afghanistan); Teachers (Afghanistan)".
        var acled = await db.Set<Event>().SingleAsync(e => e.Source == EventSource.Acled && e.SourceId == "AFG44667", TestContext.Current.CancellationToken);
        Assert.Equal(3, acled.Inter1);
        Assert.Equal(7, acled.Inter2);
        Assert.Equal("Muslim Group (Afghanistan); Teachers (Afghanistan)", acled.AssocActor2);
        var ged = await db.Set<Event>().Where(e => e.Source == EventSource.UcdpGed && e.Actor1 == "Government of Bangladesh")
            .Select(e => e.Actor1SourceId).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal("143", Assert.Single(ged));
    }

    [Fact]
    public async Task Kind_SetByAnalyst_KeptByARebuild()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await fixture.ClientAsync(Register);
        var id = await IdOfAsync(analyst, "BGD", "Government of Bangladesh");
        using (var set = await analyst.PostAsJsonAsync($"/api/v1/actors/{id}/kind", new { kind = "external-force" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }
        using (var bad = await analyst.PostAsJsonAsync($"/api/v1/actors/{id}/kind", new { kind = "warlord" }, ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        await fixture.Server.Services.GetRequiredService<RebuildActors>().RunAsync(ct);

        Assert.Equal("external-force", (await KindsAsync(analyst, "BGD"))["Government of Bangladesh"]);
        using (var back = await analyst.PostAsJsonAsync($"/api/v1/actors/{id}/kind", new { kind = "state-forces" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        }
    }

    [Fact]
    public async Task MergeThenUnmerge_KeepEveryEventAndCount()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await fixture.ClientAsync("Merge office");
        var before = await CountsAsync(analyst, "AFG", EventSource.Acled);
        var first = await IdOfAsync(analyst, "AFG", "Taliban");
        var second = await IdOfAsync(analyst, "AFG", "Military Forces of Afghanistan (2014-)");

        using var merged = await analyst.PostAsJsonAsync("/api/v1/actors/merge", new { actorIds = new[] { first, second }, name = "Merged for the test" }, ct);
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var mergeId = (await merged.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();

        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/actors?country=AFG", ct);
        var entry = list.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == mergeId);
        Assert.Equal("Merged for the test", entry.GetProperty("name").GetString());
        Assert.Equal(2, entry.GetProperty("sources").GetArrayLength());
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == first || a.GetProperty("id").GetGuid() == second);
        Assert.Equal(before, await CountsAsync(analyst, "AFG", EventSource.Acled));
        var detail = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/actors/{mergeId}", ct);
        Assert.Equal(before["Taliban"].Events, detail.GetProperty("sources").EnumerateArray()
            .Single(s => s.GetProperty("sourceActorId").GetString() == "Taliban").GetProperty("events").GetInt32());
        Assert.Equal(2, detail.GetProperty("series").GetArrayLength());
        // Both took part in each other's battles: an event counted for both is listed once.
        var events = detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sourceId").GetString()).ToList();
        Assert.Equal(events.Count, events.Distinct().Count());

        using (var again = await analyst.PostAsJsonAsync("/api/v1/actors/merge", new { actorIds = new[] { first, second } }, ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        using var unmerged = await analyst.PostAsync($"/api/v1/actors/{mergeId}/unmerge", null, ct);
        Assert.Equal(HttpStatusCode.OK, unmerged.StatusCode);

        Assert.Equal(before, await CountsAsync(analyst, "AFG", EventSource.Acled));
        var ids = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/actors?country=AFG", ct)).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
        Assert.DoesNotContain(mergeId, ids);
        using var gone = await analyst.GetAsync($"/api/v1/actors/{mergeId}", ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task OtherOrganisation_NotFound_AndMayNotMergeOrEdit()
    {
        var ct = TestContext.Current.CancellationToken;
        using var owner = await fixture.ClientAsync(Register);
        using var other = await fixture.ClientAsync("Other office");
        var id = await IdOfAsync(owner, "AFG", "Taliban");
        var otherId = await IdOfAsync(other, "AFG", "Taliban");
        Assert.NotEqual(id, otherId);

        using (var read = await other.GetAsync($"/api/v1/actors/{id}", ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }
        using (var kind = await other.PostAsJsonAsync($"/api/v1/actors/{id}/kind", new { kind = "other" }, ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, kind.StatusCode);
        }
        using (var merge = await other.PostAsJsonAsync("/api/v1/actors/merge", new { actorIds = new[] { id, otherId } }, ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, merge.StatusCode);
        }
        Assert.DoesNotContain(id, (await other.GetFromJsonAsync<JsonElement>("/api/v1/actors?country=AFG", ct)).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal("rebel-group", (await KindsAsync(owner, "AFG"))["Taliban"]);

        using var viewer = await fixture.ClientAsync(Register, Roles.Viewer);
        using (var read = await viewer.GetAsync($"/api/v1/actors/{id}", ct))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        using (var merge = await viewer.PostAsJsonAsync("/api/v1/actors/merge", new { actorIds = new[] { id, otherId } }, ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        }
    }

    [Fact]
    public async Task Affiliation_AddedWithDates_ShownOnBothActorsAndRemoved()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await fixture.ClientAsync(Register);
        var army = await IdOfAsync(analyst, "AFG", "Military Forces of Afghanistan (2014-)");
        var police = await IdOfAsync(analyst, "AFG", "Police Forces of Afghanistan (2014-)");

        using (var backwards = await analyst.PostAsJsonAsync($"/api/v1/actors/{police}/affiliations", new { relatedActorId = army, kind = "unit-of", from = "2020-01-01", to = "2019-01-01" }, ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        }
        using var created = await analyst.PostAsJsonAsync($"/api/v1/actors/{police}/affiliations", new { relatedActorId = army, kind = "allied-to", from = "2014-12-01" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();

        var onArmy = (await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/actors/{army}", ct)).GetProperty("affiliations");
        var shown = Assert.Single(onArmy.EnumerateArray());
        Assert.Equal("allied-to", shown.GetProperty("kind").GetString());
        Assert.Equal("2014-12-01", shown.GetProperty("from").GetString());

        using var removed = await analyst.DeleteAsync($"/api/v1/actors/{police}/affiliations/{link}", ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, (await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/actors/{army}", ct)).GetProperty("affiliations").GetArrayLength());
    }

    [Fact]
    public async Task Rebuild_OverTheSameEvents_ChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await fixture.ClientAsync(Register);
        var before = await CountsAsync(analyst, "AFG", EventSource.Acled);
        var outcome = await fixture.Server.Services.GetRequiredService<RebuildActors>().RunAsync(ct);
        Assert.Equal(0, outcome.NewEntries);
        Assert.Equal(before, await CountsAsync(analyst, "AFG", EventSource.Acled));
    }

    [Fact]
    public async Task OrganisationAddedAfterTheImport_HasItsRegisterAtOnce()
    {
        // No import and no rebuild after this office is made: its analysts still find the actors of the stored events.
        using var register = await fixture.ClientAsync(Register);
        using var late = await fixture.Server.ClientForAsync("analyst@late-office.example", "Late office " + Guid.NewGuid().ToString("N"), Roles.Analyst);
        var expected = await CountsAsync(register, "AFG", EventSource.Acled);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await CountsAsync(late, "AFG", EventSource.Acled));
    }

    [Fact]
    public void MergeSuggestions_NormaliseWhatSourcesAddToNames()
    {
        Assert.Equal(MergeSuggestions.Normalised("Military Forces of Ethiopia (1991-2018)"), MergeSuggestions.Normalised("military forces of Ethiopia"));
        Assert.Equal("seleka rebel coalition central african republic", MergeSuggestions.Normalised("Séléka Rebel Coalition (Central African Republic)"));
    }

    private async Task<VigilDb> DbAsync() =>
        await fixture.Server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();

    private static async Task<Dictionary<string, ExpectedActorCounts.Counts>> CountsAsync(HttpClient client, string country, string source)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actors?country={country}", TestContext.Current.CancellationToken);
        return list.EnumerateArray().SelectMany(a => a.GetProperty("sources").EnumerateArray())
            .Where(s => s.GetProperty("source").GetString() == source)
            .ToDictionary(s => s.GetProperty("sourceActorId").GetString()!, s => new ExpectedActorCounts.Counts(
                s.GetProperty("events").GetInt32(), s.GetProperty("civilianEvents").GetInt32(), s.GetProperty("deaths").GetInt64()));
    }

    private static async Task<Dictionary<string, string>> KindsAsync(HttpClient client, string country)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actors?country={country}", TestContext.Current.CancellationToken);
        return list.EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("kind").GetString()!);
    }

    private static async Task<Guid> IdOfAsync(HttpClient client, string country, string name)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/actors?country={country}", TestContext.Current.CancellationToken);
        return list.EnumerateArray().Single(a => a.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }
}
