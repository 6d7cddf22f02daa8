using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Situations;

/// <summary>
/// Issue 14: a situation lists the actors of its country — only those of its organisation's register the viewer may see, their recent
/// one-sided violence per source (never summed), their latest assessment and whether they are named; its brief carries the named only.
/// Run once per database provider.
/// </summary>
public abstract class SituationActorsTests : ProviderServerTests, IDisposable
{
    private const string Office = "Actor watch";
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> UserAsync(string name, string role, string organization = Office) =>
        Server.ClientForAsync($"{name}@{organization.Replace(' ', '-').ToLowerInvariant()}.example", organization, role);

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// GED (last month 2026-08) and ACLED (last month 2026-03) events of the Central African Republic and one of South Sudan, imported
    /// after the organisations exist so that each gets its register. The recent windows: GED 2025-09 to 2026-08, ACLED 2025-04 to 2026-03.
    /// </summary>
    private async Task ImportAsync()
    {
        var ged = _temp.Write("ged.csv",
        [
            "id,year,type_of_violence,side_a,side_b,country,country_id,adm_1,where_coordinates,date_prec,date_start,date_end,deaths_civilians,low,best,high",
            "900001,2026,3,Militia A,Civilians,Central African Republic,482,Ouaka,Bambari,1,2026-05-10,2026-05-10,4,4,4,4",
            "900002,2026,3,Militia A,Civilians,Central African Republic,482,Ouaka,Bambari,1,2026-06-10,2026-06-10,2,2,2,2",
            "900003,2026,3,Militia A,Civilians,Central African Republic,482,Ouaka,Ippy,1,2026-07-10,2026-07-10,1,1,1,1",
            "900004,2024,3,Militia A,Civilians,Central African Republic,482,Ouaka,Ippy,1,2024-01-10,2024-01-10,3,3,3,3",
            "900005,2026,3,Militia B,Civilians,Central African Republic,482,Ouham,Bossangoa,1,2026-08-14,2026-08-14,5,5,5,5",
            "900006,2026,1,Government of Central African Republic,Militia B,Central African Republic,482,Ouham,Bossangoa,1,2026-08-01,2026-08-01,0,2,2,2",
            "900007,2026,1,Government of Central African Republic,Militia A,Central African Republic,482,Ouaka,Bambari,1,2026-04-02,2026-04-02,0,3,3,3",
            "900008,2026,3,Militia S,Civilians,South Sudan,626,Jonglei,Bor,1,2026-08-01,2026-08-01,6,6,6,6",
        ]);
        var acled = _temp.Write("acled.csv",
        [
            "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3",
            "CAF901,2026-02-15,2026,1,Violence against civilians,Attack,Militia A,Civilians (Central African Republic),3,7,Central African Republic,Ouaka,Bambari,Bambari,5.76,20.67,1,2,Village attacked,CAF",
            "CAF902,2026-03-15,2026,1,Violence against civilians,Attack,Militia A,Civilians (Central African Republic),3,7,Central African Republic,Ouaka,Ippy,Ippy,6.26,21.22,1,1,Village attacked,CAF",
        ]);
        await Server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([ged, acled]), null, Ct);
    }

    private static async Task<Dictionary<(string Name, string Source), Guid>> RegisterAsync(HttpClient user, string country)
    {
        var rows = await SendAsync(user.GetAsync($"/api/v1/actors?country={country}", Ct), HttpStatusCode.OK);
        return rows.EnumerateArray().ToDictionary(r => (r.GetProperty("name").GetString()!, r.GetProperty("sources")[0].GetProperty("source").GetString()!),
            r => r.GetProperty("id").GetGuid());
    }

    private async Task<long> EventIdAsync(string sourceId)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDb>().Set<Event>().Where(e => e.SourceId == sourceId).Select(e => e.Id).SingleAsync(Ct);
    }

    /// <summary>An approved assessment of the actor whose one finding (10.1, present) rests on the event at <paramref name="standard"/>; its evidence id.</summary>
    private async Task<(Guid Id, Guid EvidenceId)> ApprovedAsync(HttpClient analyst, HttpClient reviewer, Guid actor, string title, string standard, string eventSourceId)
    {
        var path = $"/api/v1/actors/{actor}/assessments";
        var id = (await SendAsync(analyst.PostAsJsonAsync(path, new { title, asOf = "2026-08-31" }, Ct), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var judged = await SendAsync(analyst.PutAsJsonAsync($"{path}/{id}/indicators/10.1", new
        {
            status = "present", severity = 3, confidence = "high", standard, notes = "Killings of civilians in several villages.",
            evidence = new[] { new { kind = "event", eventId = await EventIdAsync(eventSourceId), reliability = "B", credibility = 2 } },
        }, Ct), HttpStatusCode.OK);
        await SendAsync(analyst.PostAsync($"{path}/{id}/submit", null, Ct), HttpStatusCode.OK);
        await SendAsync(reviewer.PostAsync($"{path}/{id}/approve", null, Ct), HttpStatusCode.OK);
        return (id, judged.GetProperty("evidenceItems")[0].GetProperty("id").GetGuid());
    }

    private static Dictionary<string, JsonElement> ActorsOf(JsonElement situation) =>
        situation.GetProperty("actors").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!);

    private static Dictionary<string, (string From, string To, int Count)> Recent(JsonElement actor) =>
        actor.GetProperty("recentCivilianEvents").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!,
            r => (r.GetProperty("from").GetString()!, r.GetProperty("to").GetString()!, r.GetProperty("civilianEvents").GetInt32()));

    [Fact]
    public async Task Situation_ActorsOfItsCountryTheViewerMaySee_RecentOneSidedPerSourceAndNamedOnlyByTheRule()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var viewer = await UserAsync("viewer", Roles.Viewer);
        var stranger = await UserAsync("analyst", Roles.Analyst, "Other office");
        await ImportAsync();
        var register = await RegisterAsync(analyst, "CAF");
        // The analyst merges the two sources' "Militia A"; the government's entry is made Confidential, hidden from the viewer's role.
        var merged = await SendAsync(analyst.PostAsJsonAsync("/api/v1/actors/merge",
            new { actorIds = new[] { register[("Militia A", EventSource.UcdpGed)], register[("Militia A", EventSource.Acled)] } }, Ct), HttpStatusCode.Created);
        var militiaA = merged.GetProperty("id").GetGuid();
        var government = register[("Government of Central African Republic", EventSource.UcdpGed)];
        await SendAsync(analyst.PostAsJsonAsync($"/api/v1/actors/{government}/kind", new { classification = "confidential" }, Ct), HttpStatusCode.OK);
        var militiaB = register[("Militia B", EventSource.UcdpGed)];

        // Militia A: approved, but on credible information only (the office requires reasonable grounds), so never named.
        var (approvedA, _) = await ApprovedAsync(analyst, reviewer, militiaA, "Militia A, 2026", "credible-information", "900001");
        // Militia B: approved at reasonable grounds and named by the reviewer.
        var (approvedB, evidenceB) = await ApprovedAsync(analyst, reviewer, militiaB, "Militia B, 2026", "reasonable-grounds", "900005");
        await SendAsync(reviewer.PostAsJsonAsync($"/api/v1/actors/{militiaB}/assessments/{approvedB}/naming",
            new { evidenceIds = new[] { evidenceB }, reason = "Corroborated killings." }, Ct), HttpStatusCode.Created);

        var opened = await SendAsync(analyst.PostAsJsonAsync("/api/v1/situations", new { countryIso3 = "CAF", title = "Ouaka", classification = "internal" }, Ct),
            HttpStatusCode.Created);
        var situationId = opened.GetProperty("id").GetGuid();
        var asAnalyst = await SendAsync(analyst.GetAsync($"/api/v1/situations/{situationId}", Ct), HttpStatusCode.OK);
        var actors = ActorsOf(asAnalyst);

        // Only the country's actors (not South Sudan's), most recent one-sided violence first.
        Assert.Equal(["Militia A", "Militia B", "Government of Central African Republic"],
            asAnalyst.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(3, asAnalyst.GetProperty("actorsInRegister").GetInt32());
        // Per source, each over its own last 12 months: GED 3 (the 2024 event is older), ACLED 2 — never 5.
        Assert.Equal(new Dictionary<string, (string, string, int)>
        {
            [EventSource.UcdpGed] = ("2025-09", "2026-08", 3),
            [EventSource.Acled] = ("2025-04", "2026-03", 2),
        }, Recent(actors["Militia A"]));
        Assert.Equal(("2025-09", "2026-08", 1), Recent(actors["Militia B"])[EventSource.UcdpGed]);
        Assert.Equal(0, Recent(actors["Government of Central African Republic"])[EventSource.UcdpGed].Count);
        Assert.Equal("state-forces", actors["Government of Central African Republic"].GetProperty("kind").GetString());

        // Approved but below the standard: its assessment is shown, the actor is not named. Named only after the decision.
        Assert.False(actors["Militia A"].GetProperty("named").GetBoolean());
        Assert.Equal(approvedA, actors["Militia A"].GetProperty("latestAssessment").GetProperty("id").GetGuid());
        Assert.Equal("approved", actors["Militia A"].GetProperty("latestAssessment").GetProperty("status").GetString());
        Assert.True(actors["Militia B"].GetProperty("named").GetBoolean());
        Assert.False(actors["Government of Central African Republic"].GetProperty("named").GetBoolean());
        Assert.Equal(JsonValueKind.Null, actors["Government of Central African Republic"].GetProperty("latestAssessment").ValueKind);

        // The viewer's role does not see the Confidential entry; another organisation does not see the situation at all.
        var asViewer = await SendAsync(viewer.GetAsync($"/api/v1/situations/{situationId}", Ct), HttpStatusCode.OK);
        Assert.Equal(["Militia A", "Militia B"], asViewer.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(2, asViewer.GetProperty("actorsInRegister").GetInt32());
        await SendAsync(stranger.GetAsync($"/api/v1/situations/{situationId}", Ct), HttpStatusCode.NotFound);

        // The brief carries the named actor only, and is marked at the register's classification (restricted), above the situation's.
        var brief = await analyst.GetStringAsync($"/api/v1/situations/{situationId}/brief?format=md&lang=en", Ct);
        Assert.Contains("Named actors in Central African Republic", brief, StringComparison.Ordinal);
        Assert.Contains("Militia B", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Militia A", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Government of Central African Republic", brief, StringComparison.Ordinal);
        Assert.Contains("Restricted", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal", brief, StringComparison.Ordinal);

        // The page lists them too, with links to the actor and its assessment, and the register of the country.
        var page = await analyst.GetStringAsync($"/situations/{situationId}", Ct);
        Assert.Contains("Actors in Central African Republic", page, StringComparison.Ordinal);
        Assert.Contains($"/actors/{militiaA}/assessments/{approvedA}", page, StringComparison.Ordinal);
        Assert.Contains("/actors?country=CAF", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Situation_CountryWithoutActors_SaysSoAndLinksTheRegister()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        await ImportAsync();
        var opened = await SendAsync(analyst.PostAsJsonAsync("/api/v1/situations", new { countryIso3 = "NOR", title = "Calm" }, Ct), HttpStatusCode.Created);
        var id = opened.GetProperty("id").GetGuid();

        var situation = await SendAsync(analyst.GetAsync($"/api/v1/situations/{id}", Ct), HttpStatusCode.OK);
        Assert.Equal(0, situation.GetProperty("actors").GetArrayLength());
        var page = await analyst.GetStringAsync($"/situations/{id}", Ct);
        Assert.Contains("No actors in the register for Norway yet", page, StringComparison.Ordinal);
        Assert.Contains("/actors?country=NOR", page, StringComparison.Ordinal);
        var brief = await analyst.GetStringAsync($"/api/v1/situations/{id}/brief?format=md&lang=en", Ct);
        Assert.Contains("No actor of this country is named", brief, StringComparison.Ordinal);
    }
}

public sealed class SituationActorsSqliteTests : SituationActorsTests
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}

public sealed class SituationActorsPostgresTests : SituationActorsTests
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}
