using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// Role × organisation × classification × endpoint, with real HTTP calls. Organisation
/// "Owner" shares its Internal records with "Partner"; "Outsider" shares nothing.
/// </summary>
public abstract class AccessMatrixFixture : IAsyncLifetime
{
    private TestServer? _server;

    public Dictionary<string, HttpClient> Clients { get; } = [];
    public Dictionary<string, Guid> Records { get; } = [];

    protected abstract Task<TestStore?> CreateStoreAsync();

    public TestServer Server
    {
        get
        {
            if (_server is null)
            {
                Assert.Skip($"{TestStore.PostgresVariable} is not set: no PostgreSQL server to test against (./test starts one).");
            }
            return _server;
        }
    }

    public async ValueTask InitializeAsync()
    {
        var store = await CreateStoreAsync();
        if (store is null)
        {
            return;
        }
        _server = await TestServer.StartAsync(store);
        foreach (var role in Roles.All)
        {
            Clients[$"owner-{role}"] = await _server.ClientForAsync($"{role}@owner.example", "Owner", role);
        }
        Clients["partner-analyst"] = await _server.ClientForAsync("analyst@partner.example", "Partner", Roles.Analyst);
        Clients["outsider-analyst"] = await _server.ClientForAsync("analyst@outsider.example", "Outsider", Roles.Analyst);
        Clients["partner-admin"] = await _server.ClientForAsync("admin@partner.example", "Partner", Roles.Admin);
        Clients["outsider-admin"] = await _server.ClientForAsync("admin@outsider.example", "Outsider", Roles.Admin);
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShareOrganization>().RunAsync(new("Owner", "Partner"), CancellationToken.None);
        }
        foreach (var classification in new[] { "public", "internal", "restricted", "confidential" })
        {
            using var created = await Clients["owner-analyst"].PostAsJsonAsync("/api/v1/assessments",
                new { countryIso3 = "SSD", title = $"{classification} record", asOf = "2026-10-01", classification });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Records[classification] = id;
            using var put = await Clients["owner-analyst"].PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/2.1", new
            {
                status = "present", severity = 2, notes = JudgementNote(classification),
                evidence = new[] { new { title = "Interview", reference = "file 17", reliability = "B", credibility = 2, sourceIdentity = "Witness Amina K., Bor" } },
            });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        // The outsider's own Restricted assessment, which only the outsider reads.
        using (var own = await Clients["outsider-analyst"].PostAsJsonAsync("/api/v1/assessments",
            new { countryIso3 = "SSD", title = "outsider record", asOf = "2026-10-01", classification = "restricted" }))
        {
            Assert.Equal(HttpStatusCode.Created, own.StatusCode);
            Records["outsider"] = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        using (var put = await Clients["outsider-analyst"].PutAsJsonAsync($"/api/v1/assessments/{Records["outsider"]}/indicators/2.1",
            new { status = "present", severity = 1, notes = JudgementNote("outsider") }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        // One alert (alerts are seen by everyone) whose four human steps carry a note of each classification,
        // all written by an analyst of Owner.
        var alert = await AlertSeed.AlertAsync(_server.Services, "SSD", DateTime.UtcNow);
        Records["alert"] = alert.Id;
        foreach (var (verb, classification) in AlertNoteSteps)
        {
            using var stepped = await Clients["owner-analyst"].PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/{verb}",
                new { note = AlertNote(classification), noteClassification = classification });
            Assert.Equal(HttpStatusCode.OK, stepped.StatusCode);
        }
    }

    public static readonly (string Verb, string Classification)[] AlertNoteSteps =
        [("acknowledge", "public"), ("escalate", "internal"), ("action", "restricted"), ("close", "confidential")];

    public static string AlertNote(string classification) => $"{classification} note: source R. in Bria <b>";

    public static string JudgementNote(string classification) => $"{classification} judgement: militia lists kept by the mayor";

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMatrix : AccessMatrixFixture
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}

public sealed class PostgresMatrix : AccessMatrixFixture
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}

public abstract class AccessMatrixTests(AccessMatrixFixture fixture)
{
    private TestServer Server => fixture.Server;

    private Dictionary<string, HttpClient> Clients
    {
        get
        {
            _ = fixture.Server; // skips when the store is not available
            return fixture.Clients;
        }
    }

    [Theory]
    [InlineData("owner-admin", "public", 200)]
    [InlineData("owner-admin", "confidential", 200)]
    [InlineData("owner-analyst", "restricted", 200)]
    [InlineData("owner-analyst", "confidential", 200)]
    [InlineData("owner-reviewer", "confidential", 200)]
    [InlineData("owner-monitor", "restricted", 200)]
    [InlineData("owner-monitor", "confidential", 404)]
    [InlineData("owner-viewer", "internal", 200)]
    [InlineData("owner-viewer", "confidential", 404)]
    [InlineData("partner-analyst", "public", 200)]
    [InlineData("partner-analyst", "internal", 200)]
    [InlineData("partner-analyst", "restricted", 404)]
    [InlineData("partner-analyst", "confidential", 404)]
    [InlineData("outsider-analyst", "public", 200)]
    [InlineData("outsider-analyst", "internal", 404)]
    [InlineData("outsider-analyst", "restricted", 404)]
    public async Task Read_ByRoleOrganisationAndClassification_FollowsTheModel(string who, string classification, int expected)
    {
        var id = RecordId(classification);
        foreach (var path in new[] { $"/api/v1/assessments/{id}", $"/api/v1/assessments/{id}/export?format=json", $"/api/v1/assessments/{id}/compare/{id}" })
        {
            using var response = await Clients[who].GetAsync(path);
            Assert.True(expected == (int)response.StatusCode, $"{who} GET {path} ({classification}): {(int)response.StatusCode}");
        }
        using var list = await Clients[who].GetAsync("/api/v1/assessments?country=SSD");
        var ids = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(expected == 200, ids.Contains(id));
    }

    [Theory]
    [InlineData("owner-admin", "internal", 200)]
    [InlineData("owner-analyst", "internal", 200)]
    [InlineData("owner-reviewer", "internal", 403)]
    [InlineData("owner-monitor", "internal", 403)]
    [InlineData("owner-viewer", "internal", 403)]
    [InlineData("partner-analyst", "internal", 403)]
    [InlineData("outsider-analyst", "public", 403)]
    [InlineData("outsider-analyst", "internal", 404)]
    public async Task Write_ByRoleAndOrganisation_OnlyOwnersEditorsMayChange(string who, string classification, int expected)
    {
        using var response = await Clients[who].PutAsJsonAsync($"/api/v1/assessments/{RecordId(classification)}/indicators/1.1", new { status = "absent" });
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("owner-admin", 200)]
    [InlineData("owner-analyst", 200)]
    [InlineData("owner-reviewer", 403)]
    [InlineData("owner-monitor", 403)]
    [InlineData("owner-viewer", 403)]
    [InlineData("partner-analyst", 403)]
    [InlineData("outsider-analyst", 404)]
    public async Task CorrectEvidence_ByRoleAndOrganisation_OnlyOwnersEditorsChangeTheSourceIdentity(string who, int expected)
    {
        var id = RecordId("internal");
        static JsonElement Evidence(JsonElement record) =>
            record.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2.1").GetProperty("evidence")[0];
        var evidenceId = Evidence(await (await Clients["owner-analyst"].GetAsync($"/api/v1/assessments/{id}")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();

        using var response = await Clients[who].PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}",
            new { title = "Interview", reference = "file 17", reliability = "A", credibility = 2, sourceIdentity = "Witness B." });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.DoesNotContain("Amina", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = Evidence(await (await Clients["owner-analyst"].GetAsync($"/api/v1/assessments/{id}")).Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(expected == 200 ? "Witness B." : "Witness Amina K., Bor", stored.GetProperty("sourceIdentity").GetString());
        Assert.Equal(expected == 200 ? "A" : "B", stored.GetProperty("reliability").GetString());
        Assert.Equal(evidenceId, stored.GetProperty("id").GetGuid());
        // The records are shared by every test of the class: put the item back as it was.
        using var restored = await Clients["owner-analyst"].PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}",
            new { title = "Interview", reference = "file 17", reliability = "B", credibility = 2, sourceIdentity = "Witness Amina K., Bor" });
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Theory]
    [InlineData("owner-viewer", 403)]
    [InlineData("owner-monitor", 403)]
    [InlineData("owner-analyst", 201)]
    public async Task Create_ByRole_OnlyEditorsMayStartAssessments(string who, int expected)
    {
        using var response = await Clients[who].PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "SSD", title = "t", asOf = "2026-10-01" });
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("owner-analyst", true)]
    [InlineData("owner-reviewer", true)]
    [InlineData("owner-viewer", false)]
    [InlineData("partner-analyst", false)]
    public async Task ConfidentialField_SourceIdentity_OnlyNamedRolesOfOwnerSeeIt(string who, bool sees)
    {
        var record = await (await Clients[who].GetAsync($"/api/v1/assessments/{RecordId("internal")}")).Content.ReadFromJsonAsync<JsonElement>();
        var evidence = record.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2.1").GetProperty("evidence")[0];
        Assert.Equal(sees, evidence.GetProperty("hasSourceIdentity").GetBoolean());
        Assert.Equal(sees ? "Witness Amina K., Bor" : null, evidence.GetProperty("sourceIdentity").GetString());
    }

    [Fact]
    public async Task Anonymous_OnlyHealthzIsOpen()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.Address };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/countries")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/assessments/{RecordId("public")}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task AuditLog_EachWrite_IsRecordedWithActorAndBeforeAfter()
    {
        var id = RecordId("internal");
        using var put = await Clients["owner-analyst"].PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/2.1", new { status = "present", severity = 3 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var forbidden = await Clients["owner-analyst"].GetAsync("/api/v1/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var audit = (await (await Clients["owner-admin"].GetAsync($"/api/v1/admin/audit?recordType=IndicatorJudgement&recordId={id}/2.1"))
            .Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var change = audit.First(a => a.GetProperty("action").GetString() == "update");
        Assert.Equal("analyst@owner.example", change.GetProperty("actor").GetString());
        Assert.Contains("\"Severity\":2", change.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"Severity\":3", change.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "create");

        var evidenceAudit = (await (await Clients["owner-admin"].GetAsync("/api/v1/admin/audit?recordType=EvidenceItem"))
            .Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.NotEmpty(evidenceAudit);
        Assert.All(evidenceAudit, a => Assert.DoesNotContain("Amina", a.GetProperty("after").GetString() ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("owner-admin", "owner", "public,internal,restricted,confidential")]
    [InlineData("partner-admin", "partner", "public,internal")]
    [InlineData("outsider-admin", "outsider", "public,outsider")]
    public async Task AuditLog_ByAdminOrganisation_ShowsEntriesOfRecordsTheAdminMaySee(string who, string organization, string visible)
    {
        var readable = visible.Split(',');
        var json = await Clients[who].GetStringAsync("/api/v1/admin/audit?take=50000");
        var csv = await Clients[who].GetStringAsync("/api/v1/admin/audit?format=csv&take=50000");
        var judgementPage = await Clients[who].GetStringAsync("/admin/audit?recordType=IndicatorJudgement");
        var stepPage = await Clients[who].GetStringAsync("/admin/audit?recordType=AlertTransition");
        var entries = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(e => (Type: e.GetProperty("recordType").GetString(), Id: e.GetProperty("recordId").GetString())).ToList();

        foreach (var record in new[] { "public", "internal", "restricted", "confidential", "outsider" })
        {
            var sees = readable.Contains(record);
            var id = fixture.Records[record].ToString();
            Assert.True(sees == entries.Any(e => e is { Type: "RiskAssessment" } && e.Id == id), $"{who}: sees the {record} assessment's entries: {!sees}");
            Assert.True(sees == entries.Any(e => e is { Type: "IndicatorJudgement" } && e.Id == $"{id}/2.1"), $"{who}: sees the {record} judgement's entries: {!sees}");
            var note = AccessMatrixFixture.JudgementNote(record);
            foreach (var (where, text) in new[] { ("API", json), ("CSV", csv), ("page", judgementPage) })
            {
                Assert.True(sees == text.Contains(note, StringComparison.Ordinal), $"{who}: the {where} shows the {record} judgement note: {!sees}");
            }
        }
        foreach (var (_, classification) in AccessMatrixFixture.AlertNoteSteps)
        {
            var sees = readable.Contains(classification);
            var note = AccessMatrixFixture.AlertNote(classification)[..^4];
            foreach (var (where, text) in new[] { ("API", json), ("CSV", csv), ("page", stepPage) })
            {
                Assert.True(sees == text.Contains(note, StringComparison.Ordinal), $"{who}: the {where} shows the {classification} alert note: {!sees}");
            }
        }
        // Accounts are their organisation's; alerts are system records, every admin's.
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var emails = await scope.ServiceProvider.GetRequiredService<VigilDb>().Users.ToDictionaryAsync(u => u.Id.ToString(), u => u.Email!);
            var users = entries.Where(e => e.Type == "VigilUser").Select(e => emails[e.Id!]).ToList();
            Assert.Contains($"admin@{organization}.example", users);
            Assert.All(users, email => Assert.EndsWith($"@{organization}.example", email, StringComparison.Ordinal));
        }
        Assert.Contains(entries, e => e.Type == "Alert");
    }

    [Fact]
    public async Task AuditLog_CommandLine_ReadsEveryEntry()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        var outsider = await db.Users.SingleAsync(u => u.Email == "admin@outsider.example");
        var admin = await scope.ServiceProvider.GetRequiredService<FindViewer>().RunAsync(outsider.Id, outsider.SecurityStamp, CancellationToken.None);

        var all = await db.AuditLog.CountAsync();
        Assert.Equal(all, await db.AuditLog.VisibleTo(Viewer.System with { Name = "cli:test" }).CountAsync());
        Assert.InRange(await db.AuditLog.VisibleTo(admin!).CountAsync(), 1, all - 1);
    }

    [Theory]
    [InlineData("owner-admin", "public,internal,restricted,confidential")]
    [InlineData("owner-analyst", "public,internal,restricted,confidential")]
    [InlineData("owner-reviewer", "public,internal,restricted,confidential")]
    [InlineData("owner-monitor", "public,internal,restricted")]
    [InlineData("owner-viewer", "public,internal,restricted")]
    [InlineData("partner-analyst", "public,internal")]
    [InlineData("outsider-analyst", "public")]
    public async Task AlertNote_ByRoleOrganisationAndClassification_FollowsTheModel(string who, string visible)
    {
        var id = RecordId("alert");
        var readable = visible.Split(',');
        var detail = await (await Clients[who].GetAsync($"/api/v1/alerts/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        var page = await Clients[who].GetStringAsync($"/alerts/{id}");
        var history = detail.GetProperty("history").EnumerateArray().ToList();

        // Every step is seen by everyone: status, date and author; only the note follows the classification.
        Assert.Equal(5, history.Count);
        Assert.Equal("public", history[0].GetProperty("noteClassification").GetString());
        Assert.False(history[0].GetProperty("noteHidden").GetBoolean());
        foreach (var ((_, classification), step) in AccessMatrixFixture.AlertNoteSteps.Zip(history.Skip(1)))
        {
            var note = AccessMatrixFixture.AlertNote(classification);
            var sees = readable.Contains(classification);
            Assert.Equal("analyst@owner.example", step.GetProperty("by").GetString());
            Assert.Equal(classification, step.GetProperty("noteClassification").GetString());
            Assert.True(sees == !step.GetProperty("noteHidden").GetBoolean(), $"{who}: noteHidden of the {classification} note");
            Assert.Equal(sees ? note : null, step.GetProperty("note").GetString());
            var encoded = System.Net.WebUtility.HtmlEncode(note);
            Assert.True(sees == page.Contains(encoded, StringComparison.Ordinal), $"{who}: page shows the {classification} note: {!sees}");
            var label = char.ToUpperInvariant(classification[0]) + classification[1..];
            Assert.True(sees != page.Contains($"note restricted to {label}", StringComparison.Ordinal), $"{who}: page marks the {classification} note restricted");
        }
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        // No other path carries a note: the list, the inbox.
        var list = await Clients[who].GetStringAsync("/api/v1/alerts");
        var inbox = await Clients[who].GetStringAsync("/alerts");
        Assert.All(AccessMatrixFixture.AlertNoteSteps, s => Assert.DoesNotContain("source R. in Bria", list + inbox, StringComparison.Ordinal));
    }

    private Guid RecordId(string classification)
    {
        _ = Server;
        return fixture.Records[classification];
    }
}

public sealed class AccessMatrixSqliteTests(SqliteMatrix fixture) : AccessMatrixTests(fixture), IClassFixture<SqliteMatrix>;

public sealed class AccessMatrixPostgresTests(PostgresMatrix fixture) : AccessMatrixTests(fixture), IClassFixture<PostgresMatrix>;
