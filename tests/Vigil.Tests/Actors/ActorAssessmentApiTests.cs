using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Actors;
using Vigil.Actors.Assessments;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Actors;

/// <summary>Actor assessments over real HTTP, run once per database provider: who sees them, the read audit, four-eyes and the "named" rule.</summary>
public abstract class ActorAssessmentApiTests : ProviderServerTests, IDisposable
{
    private readonly TempFolder _temp = new();
    private Guid _actor;
    private long _eventId;

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Path(string rest = "") => $"/api/v1/actors/{_actor}/assessments{rest}";

    private Task<HttpClient> UserAsync(string name, string role, string organization = "Watch office") =>
        Server.ClientForAsync($"{name}@{organization.Replace(' ', '-').ToLowerInvariant()}.example", organization, role);

    private async Task<Guid> CreateAsync(HttpClient analyst, string? classification = null)
    {
        await RegisterActorAsync();
        using var created = await analyst.PostAsJsonAsync(Path(), new { title = "Militia X, 2026 Q3", asOf = "2026-09-30", classification }, Ct);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// The register entry of "Militia X" in the watch office's register, made by importing its one GED event (one-sided violence, 12
    /// civilians killed) once the office exists, as a user's import would; the event's stored id is kept for evidence.
    /// </summary>
    private async Task RegisterActorAsync()
    {
        if (_actor != Guid.Empty)
        {
            return;
        }
        var ged = _temp.Write("ged.csv",
        [
            "id,year,type_of_violence,side_a,side_b,country,country_id,adm_1,where_coordinates,date_prec,date_start,date_end,deaths_civilians,low,best,high",
            "777001,2026,3,Militia X,Civilians,Central African Republic,482,Ouaka,Bambari,1,2026-08-14,2026-08-14,12,12,12,12",
        ]);
        await Server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([ged]), null, Ct);
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        _eventId = await db.Set<Event>().Where(e => e.SourceId == "777001").Select(e => e.Id).SingleAsync(Ct);
        var office = await db.Set<Organization>().Where(o => o.Name == "Watch office").Select(o => o.Id).SingleAsync(Ct);
        _actor = await db.Set<Actor>().Where(a => a.OrganizationId == office && a.Name == "Militia X").Select(a => a.Id).SingleAsync(Ct);
    }

    /// <summary>A draft with one finding of "present" (intent, 10.1) at <paramref name="standard"/> resting on the stored event.</summary>
    private async Task<(Guid Id, Guid EvidenceId)> JudgedDraftAsync(HttpClient analyst, string standard)
    {
        var id = await CreateAsync(analyst);
        var eventId = _eventId;
        var judged = await SendAsync(analyst.PutAsJsonAsync(Path($"/{id}/indicators/10.1"), new
        {
            status = "present", severity = 3, confidence = "medium", standard, notes = "Speeches call for the group's removal.",
            evidence = new[] { new { kind = "event", eventId, reliability = "B", credibility = 2 } },
        }, Ct), HttpStatusCode.OK);
        var evidence = judged.GetProperty("evidenceItems")[0];
        Assert.StartsWith("ucdp-ged 777001, 2026-08-14", evidence.GetProperty("title").GetString());
        return (id, evidence.GetProperty("id").GetGuid());
    }

    private async Task<bool> NamedAsync(HttpClient user) =>
        (await SendAsync(user.GetAsync($"/api/v1/actors/{_actor}/naming", Ct), HttpStatusCode.OK)).GetProperty("named").GetBoolean();

    [Fact]
    public async Task Get_OtherOrganisationOrConfidentialToViewer_NotFound()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var restricted = await CreateAsync(analyst);
        var confidential = await CreateAsync(analyst, "confidential");
        var viewer = await UserAsync("viewer", Roles.Viewer);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var stranger = await UserAsync("analyst", Roles.Analyst, "Other office");

        var shown = await SendAsync(viewer.GetAsync(Path($"/{restricted}"), Ct), HttpStatusCode.OK);
        Assert.Equal("restricted", shown.GetProperty("classification").GetString());
        Assert.Equal("reasonable-grounds", shown.GetProperty("requiredStandard").GetString());
        await SendAsync(stranger.GetAsync(Path($"/{restricted}"), Ct), HttpStatusCode.NotFound);
        await SendAsync(viewer.GetAsync(Path($"/{confidential}"), Ct), HttpStatusCode.NotFound);
        await SendAsync(reviewer.GetAsync(Path($"/{confidential}"), Ct), HttpStatusCode.OK);
        // The actor is in the watch office's register only: its list answers the stranger as an unknown actor would.
        await SendAsync(stranger.GetAsync(Path(), Ct), HttpStatusCode.NotFound);
        Assert.Single((await SendAsync(viewer.GetAsync(Path(), Ct), HttpStatusCode.OK)).EnumerateArray());
        // Changes by another organisation's analyst meet the same 404, not a 403 that would confirm the record.
        await SendAsync(stranger.PutAsJsonAsync(Path($"/{restricted}/factors/RF4"), new { status = "absent" }, Ct), HttpStatusCode.NotFound);
        // The same record under another actor's path is not found either.
        await SendAsync(analyst.GetAsync($"/api/v1/actors/{Guid.NewGuid()}/assessments/{restricted}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_UnknownActorOrAnotherOrganisationsEntry_NotFound()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        await CreateAsync(analyst);
        var stranger = await UserAsync("analyst", Roles.Analyst, "Other office");
        var body = new { title = "Militia X, 2026 Q3", asOf = "2026-09-30" };

        await SendAsync(analyst.PostAsJsonAsync($"/api/v1/actors/{Guid.NewGuid()}/assessments", body, Ct), HttpStatusCode.NotFound);
        await SendAsync(analyst.GetAsync($"/api/v1/actors/{Guid.NewGuid()}/assessments", Ct), HttpStatusCode.NotFound);
        await SendAsync(analyst.GetAsync($"/api/v1/actors/{Guid.NewGuid()}/naming", Ct), HttpStatusCode.NotFound);
        await SendAsync(stranger.PostAsJsonAsync(Path(), body, Ct), HttpStatusCode.NotFound);

        await using var scope = Server.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<VigilDb>().ActorAssessments.CountAsync(Ct));
    }

    [Fact]
    public async Task Verbs_PublicAssessmentOfAnActorOutsideTheViewersRegister_NotFound()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var id = await CreateAsync(analyst, "public");
        var stranger = await UserAsync("admin", Roles.Admin, "Other office");

        // Public, so its classification alone would let anyone read it; its actor is in the watch office's register only.
        await SendAsync(stranger.GetAsync(Path($"/{id}"), Ct), HttpStatusCode.NotFound);
        await SendAsync(stranger.PutAsJsonAsync(Path($"/{id}/indicators/10.1"), new { status = "absent" }, Ct), HttpStatusCode.NotFound);
        await SendAsync(stranger.PostAsync(Path($"/{id}/submit"), null, Ct), HttpStatusCode.NotFound);
        await SendAsync(analyst.PostAsync(Path($"/{id}/submit"), null, Ct), HttpStatusCode.OK);
        await SendAsync(stranger.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.NotFound);
        var approved = await SendAsync(reviewer.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_EachRead_WritesAReadAuditEntryNamingTheReader()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var id = await CreateAsync(analyst);
        var viewer = await UserAsync("viewer", Roles.Viewer);
        var stranger = await UserAsync("analyst", Roles.Analyst, "Other office");

        await SendAsync(viewer.GetAsync(Path($"/{id}"), Ct), HttpStatusCode.OK);
        await SendAsync(viewer.GetAsync(Path($"/{id}"), Ct), HttpStatusCode.OK);
        await SendAsync(stranger.GetAsync(Path($"/{id}"), Ct), HttpStatusCode.NotFound);

        await using var scope = Server.Services.CreateAsyncScope();
        var reads = await scope.ServiceProvider.GetRequiredService<VigilDb>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == ReadAudit.Action && e.RecordId == id.ToString()).ToListAsync(Ct);
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("viewer@watch-office.example", r.Actor));
        Assert.All(reads, r => Assert.Equal(Classification.Restricted, r.RecordClassification));
    }

    [Fact]
    public async Task Approve_ByAuthorOrAnyoneWhoChangedIt_ConflictAndBySecondReviewer_Approved()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var admin = await UserAsync("admin", Roles.Admin);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var (id, _) = await JudgedDraftAsync(analyst, "reasonable-grounds");
        await SendAsync(admin.PutAsJsonAsync(Path($"/{id}/factors/RF5"), new { status = "present", standard = "credible-information" }, Ct), HttpStatusCode.OK);
        await SendAsync(analyst.PostAsync(Path($"/{id}/submit"), null, Ct), HttpStatusCode.OK);

        await SendAsync(admin.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.Conflict);
        await SendAsync(analyst.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.Forbidden);
        var approved = await SendAsync(reviewer.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.OK);

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("reviewer@watch-office.example", approved.GetProperty("approvedBy").GetString());
        // Approved versions never change.
        await SendAsync(analyst.PutAsJsonAsync(Path($"/{id}/factors/RF4"), new { status = "absent" }, Ct), HttpStatusCode.Conflict);
        // The next version starts as a draft copy, and only from an approved one.
        var next = await SendAsync(analyst.PostAsJsonAsync(Path($"/{id}/versions"), new { asOf = "2026-12-31" }, Ct), HttpStatusCode.Created);
        Assert.Equal((2, "draft", "2026-12-31"), (next.GetProperty("version").GetInt32(), next.GetProperty("status").GetString(), next.GetProperty("asOf").GetString()));
        Assert.Equal(2, next.GetProperty("findings").GetArrayLength());
        await SendAsync(analyst.PostAsJsonAsync(Path($"/{next.GetProperty("id").GetGuid()}/versions"), new { }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Naming_OnlyAfterApprovalAtTheRequiredStandardAndADecision_NamedToItsOrganisationOnly()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var admin = await UserAsync("admin", Roles.Admin);
        var viewer = await UserAsync("viewer", Roles.Viewer);
        var stranger = await UserAsync("reviewer", Roles.Reviewer, "Other office");
        var (id, evidenceId) = await JudgedDraftAsync(analyst, "credible-information");
        var naming = new { evidenceIds = new[] { evidenceId }, reason = "Repeated killings of civilians, corroborated." };

        await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), naming, Ct), HttpStatusCode.Conflict);
        await SendAsync(analyst.PostAsync(Path($"/{id}/submit"), null, Ct), HttpStatusCode.OK);
        await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), naming, Ct), HttpStatusCode.Conflict);
        var approved = await SendAsync(reviewer.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.OK);
        Assert.False(approved.GetProperty("meetsRequiredStandard").GetBoolean());
        Assert.False(await NamedAsync(viewer));

        // Approved, but its finding is credible information only: the organisation requires reasonable grounds.
        await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), naming, Ct), HttpStatusCode.Conflict);
        Assert.False(await NamedAsync(viewer));

        // The organisation accepts credible information: still not named until someone decides it.
        await SendAsync(admin.PutAsJsonAsync("/api/v1/actors/evidentiary-standard", new { required = "credible-information" }, Ct), HttpStatusCode.OK);
        Assert.False(await NamedAsync(viewer));
        await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), new { evidenceIds = Array.Empty<Guid>() }, Ct), HttpStatusCode.BadRequest);
        await SendAsync(stranger.PostAsJsonAsync(Path($"/{id}/naming"), naming, Ct), HttpStatusCode.NotFound);
        var decided = await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), naming, Ct), HttpStatusCode.Created);
        Assert.Equal("reviewer@watch-office.example", decided.GetProperty("decidedBy").GetString());

        Assert.True(await NamedAsync(viewer));
        await SendAsync(stranger.GetAsync($"/api/v1/actors/{_actor}/naming", Ct), HttpStatusCode.NotFound);
        var status = await SendAsync(viewer.GetAsync($"/api/v1/actors/{_actor}/naming", Ct), HttpStatusCode.OK);
        Assert.Equal(evidenceId, status.GetProperty("evidenceIds")[0].GetGuid());
        Assert.Equal("credible-information", status.GetProperty("standard").GetString());

        // Raising the standard un-names what no longer meets it.
        await SendAsync(admin.PutAsJsonAsync("/api/v1/actors/evidentiary-standard", new { required = "clear-and-convincing" }, Ct), HttpStatusCode.OK);
        Assert.False(await NamedAsync(viewer));
    }

    [Fact]
    public async Task Naming_ByTheAuthorEvenAsAdmin_Conflict()
    {
        var admin = await UserAsync("admin", Roles.Admin);
        var reviewer = await UserAsync("reviewer", Roles.Reviewer);
        var (id, evidenceId) = await JudgedDraftAsync(admin, "reasonable-grounds");
        await SendAsync(admin.PostAsync(Path($"/{id}/submit"), null, Ct), HttpStatusCode.OK);
        await SendAsync(reviewer.PostAsync(Path($"/{id}/approve"), null, Ct), HttpStatusCode.OK);

        await SendAsync(admin.PostAsJsonAsync(Path($"/{id}/naming"), new { evidenceIds = new[] { evidenceId } }, Ct), HttpStatusCode.Conflict);
        await SendAsync(reviewer.PostAsJsonAsync(Path($"/{id}/naming"), new { evidenceIds = new[] { evidenceId } }, Ct), HttpStatusCode.Created);
        Assert.True(await NamedAsync(admin));
    }

    [Fact]
    public async Task Individuals_StoredEncryptedAndShownOnlyToConfidentialRoles()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var viewer = await UserAsync("viewer", Roles.Viewer);
        var id = await CreateAsync(analyst);
        var added = await SendAsync(analyst.PostAsJsonAsync(Path($"/{id}/individuals"), new { name = "Colonel Abakar Zeta", role = "Commander, 3rd sector", notes = "Seen at Bambari" }, Ct), HttpStatusCode.OK);
        Assert.Equal("Colonel Abakar Zeta", added.GetProperty("individuals")[0].GetProperty("name").GetString());

        var asViewer = await SendAsync(viewer.GetAsync(Path($"/{id}"), Ct), HttpStatusCode.OK);
        Assert.Empty(asViewer.GetProperty("individuals").EnumerateArray());
        Assert.True(asViewer.GetProperty("individualsWithheld").GetBoolean());
        await SendAsync(viewer.PostAsJsonAsync(Path($"/{id}/individuals"), new { name = "Someone" }, Ct), HttpStatusCode.Forbidden);

        await using var scope = Server.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<VigilDb>().Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Name\", \"Role\", \"Notes\" FROM actor_individuals";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        var stored = string.Join("|", reader.GetString(0), reader.GetString(1), reader.GetString(2));
        Assert.DoesNotContain("Abakar", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Commander", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Bambari", stored, StringComparison.Ordinal);
        // Nor does the history, which everyone who sees the assessment reads.
        Assert.DoesNotContain("Abakar", asViewer.GetProperty("history").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_BadInput_ClearErrorNamingTheField()
    {
        var analyst = await UserAsync("analyst", Roles.Analyst);
        var id = await CreateAsync(analyst);

        var noStandard = await SendAsync(analyst.PutAsJsonAsync(Path($"/{id}/indicators/10.1"), new { status = "present" }, Ct), HttpStatusCode.BadRequest);
        Assert.True(noStandard.GetProperty("errors").TryGetProperty("standard", out _));
        var badStandard = await SendAsync(analyst.PutAsJsonAsync(Path($"/{id}/indicators/10.1"), new { status = "present", standard = "beyond-doubt" }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("reasonable-grounds", badStandard.GetProperty("errors").GetProperty("standard")[0].GetString());
        // Country-level factors (RF2) are not what an actor assessment judges.
        var notPerpetrator = await SendAsync(analyst.PutAsJsonAsync(Path($"/{id}/indicators/2.1"), new { status = "absent" }, Ct), HttpStatusCode.BadRequest);
        Assert.True(notPerpetrator.GetProperty("errors").TryGetProperty("indicatorId", out _));
        var noEvent = await SendAsync(analyst.PostAsJsonAsync(Path($"/{id}/evidence/RF12"), new { kind = "event", eventId = 987654321, reliability = "B", credibility = 2 }, Ct), HttpStatusCode.BadRequest);
        Assert.True(noEvent.GetProperty("errors").TryGetProperty("evidence.eventId", out _));
        var document = await SendAsync(analyst.PostAsJsonAsync(Path($"/{id}/evidence/RF12"), new { kind = "document", title = "Leaked order", reference = "doc 4", reliability = "C", credibility = 3 }, Ct), HttpStatusCode.OK);
        Assert.Equal("C3", document.GetProperty("evidenceItems")[0].GetProperty("grade").GetString());
    }
}

public sealed class ActorAssessmentApiSqliteTests : ActorAssessmentApiTests
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}

public sealed class ActorAssessmentApiPostgresTests : ActorAssessmentApiTests
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}
