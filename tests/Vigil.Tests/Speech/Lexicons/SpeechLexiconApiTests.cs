using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Lexicons;

/// <summary>The shared lexicon over HTTP: versions, CSV round trip, bad CSV, who may edit, and the classifier's cache following saves.</summary>
public sealed class SpeechLexiconApiTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private TestServer Server => fixture.Server;

    private Task<HttpClient> AdminAsync() => Server.ClientForAsync("admin@lexicon.example", role: Roles.Admin);

    private async Task<int> LatestAsync(HttpClient client, CancellationToken ct) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/speech/lexicon/versions", ct))[0].GetProperty("number").GetInt32();

    [Fact]
    public async Task FirstStart_Version1_IsTheStarterLexicon()
    {
        var ct = TestContext.Current.CancellationToken;
        var csv = await Server.Client.GetStringAsync("/api/v1/speech/lexicon/export.csv?version=1", ct);
        Assert.Equal(StarterLexicon.Terms.OrderBy(t => t.Language, StringComparer.Ordinal).ThenBy(t => t.Term, StringComparer.Ordinal),
            LexiconCsv.Read(csv));
    }

    [Fact]
    public async Task AddEditDelete_EachMakesAVersion_TheOldOneStaysExportable()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync();
        var before = await LatestAsync(admin, ct);

        using var added = await admin.PostAsJsonAsync("/api/v1/speech/lexicon/entries",
            new { term = "snakeweed", language = "en", country = "ETH", targetGroup = "a group", severity = 2, note = "seen in the east" }, ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var saved = await added.Content.ReadFromJsonAsync<JsonElement>(ct);
        var id = saved.GetProperty("entryId").GetString();
        Assert.Equal(before + 1, saved.GetProperty("version").GetProperty("number").GetInt32());
        using (var edited = await admin.PutAsJsonAsync($"/api/v1/speech/lexicon/entries/{id}", new { term = "snakeweeds", language = "en", country = "ETH", severity = 3 }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }
        using (var deleted = await admin.DeleteAsync($"/api/v1/speech/lexicon/entries/{id}", ct))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        Assert.Equal(before + 3, await LatestAsync(admin, ct));
        Assert.DoesNotContain("snakeweed", await admin.GetStringAsync($"/api/v1/speech/lexicon/export.csv?version={before}", ct), StringComparison.Ordinal);
        Assert.Contains("snakeweed,en,ETH,a group,,2,,0", await admin.GetStringAsync($"/api/v1/speech/lexicon/export.csv?version={before + 1}", ct), StringComparison.Ordinal);
        Assert.Contains("snakeweeds,en,ETH,,,3,,0", await admin.GetStringAsync($"/api/v1/speech/lexicon/export.csv?version={before + 2}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("snakeweed", await admin.GetStringAsync("/api/v1/speech/lexicon/export.csv", ct), StringComparison.Ordinal);
        var version = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/speech/lexicon/versions", ct)).EnumerateArray().Single(v => v.GetProperty("number").GetInt32() == before + 1);
        Assert.Equal("seen in the east", version.GetProperty("note").GetString());
    }

    [Fact]
    public async Task ImportOfTheExport_SavesAVersionWithTheSameEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync();
        var exported = await admin.GetStringAsync("/api/v1/speech/lexicon/export.csv", ct);
        var before = await LatestAsync(admin, ct);

        using var imported = await admin.PostAsync("/api/v1/speech/lexicon/import?note=round%20trip", new StringContent(exported, Encoding.UTF8, "text/csv"), ct);

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(before + 1, await LatestAsync(admin, ct));
        Assert.Equal(exported, await admin.GetStringAsync("/api/v1/speech/lexicon/export.csv", ct));
    }

    [Fact]
    public async Task Import_BadRow_400NamingLineAndField_NothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync();
        var before = await CountVersionsAsync(ct);
        var csv = LexiconCsv.Header + "\nvermin,en,,g,m,2,a\nrats,en,,g,m,9,a\n";

        using var response = await admin.PostAsync("/api/v1/speech/lexicon/import", new StringContent(csv, Encoding.UTF8, "text/csv"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("line 3", body, StringComparison.Ordinal);
        Assert.Contains("severity", body, StringComparison.Ordinal);
        Assert.Equal(before, await CountVersionsAsync(ct));
    }

    [Fact]
    public async Task Edit_ByAnAnalyst_Forbidden()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await Server.Client.PostAsJsonAsync("/api/v1/speech/lexicon/entries", new { term = "analystword", language = "en", severity = 1 }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Add_IncitementTerm_TheClassifiersLexiconFindsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync();
        var cache = Server.Services.GetRequiredService<SpeechLexiconCache>();
        var post = SpeechNormalizer.Normalize("they are all grubworms now");
        Assert.Empty(cache.Matcher.Find(post, "en", null));

        using var added = await admin.PostAsJsonAsync("/api/v1/speech/lexicon/entries",
            new { term = "grubworms", language = "en", severity = 3, incitement = true, meaning = "people as pests" }, ct);
        added.EnsureSuccessStatusCode();

        var hit = Assert.Single(cache.Matcher.Find(post, "en", null));
        Assert.True(hit.Term.Incitement);
        Assert.Equal(await LatestAsync(admin, ct), cache.Version);
    }

    [Fact]
    public async Task Refresh_AnotherInstanceSavedANewerVersion_Reloads()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = Server.Services.GetRequiredService<SpeechLexiconStore>();
        var cache = Server.Services.GetRequiredService<SpeechLexiconCache>();
        // Another instance's cache, behind the store: it reloads on its next refresh.
        var other = new SpeechLexiconCache();
        var otherStore = new SpeechLexiconStore(Server.Services.GetRequiredService<IDbContextFactory<VigilDb>>(), other, TimeProvider.System);
        await store.AddAsync(new LexiconTerm("mudrats", "en", null, null, null, 3, null, true), "test", null, ct);

        await otherStore.RefreshAsync(ct);

        Assert.Equal(cache.Version, other.Version);
        Assert.Single(other.Matcher.Find(SpeechNormalizer.Normalize("mudrats everywhere"), "en", null));
    }

    private async Task<int> CountVersionsAsync(CancellationToken ct)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDb>().SpeechLexiconVersions.CountAsync(ct);
    }
}
