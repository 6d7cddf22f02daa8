using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Api;

/// <summary>The assessment API over real HTTP, run once per database provider (subclasses below).</summary>
public abstract class AssessmentsApiTests : IAsyncLifetime
{
    private TestServer? _server;

    protected TestServer Server
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

    protected abstract Task<TestStore?> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        var store = await CreateStoreAsync();
        if (store is not null)
        {
            _server = await TestServer.StartAsync(store);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    private HttpClient Client => Server.Client;

    private async Task<(Guid Id, HttpResponseMessage Response)> CreateAsync(HttpClient? client = null, string iso3 = "CAF")
    {
        var response = await (client ?? Client).PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = iso3, title = "Quarterly review", asOf = "2026-09-30" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode == HttpStatusCode.Created ? body.GetProperty("id").GetGuid() : Guid.Empty, response);
    }

    private async Task<JsonElement> PutIndicatorAsync(Guid id, string indicator, object body, HttpStatusCode expected = HttpStatusCode.OK, HttpClient? client = null)
    {
        using var response = await (client ?? Client).PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/{indicator}", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {json}");
        return json;
    }

    private static Task<HttpResponseMessage> PostAsync(string path, HttpClient user, object? body = null) =>
        user.PostAsJsonAsync(path, body ?? new { });

    [Fact]
    public async Task Healthz_Always_ReportsHealthy()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.Address };
        using var response = await anonymous.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Framework_Get_ListsFourteenFactorsWithBilingualIndicators()
    {
        var framework = await Server.GetJsonAsync("/api/v1/framework");
        var factors = framework.GetProperty("riskFactors").EnumerateArray().ToList();
        Assert.Equal(14, factors.Count);
        Assert.Equal("RF1", factors[0].GetProperty("id").GetString());
        Assert.Equal(8, factors.Count(f => f.GetProperty("kind").GetString() == "common"));
        var first = factors[0].GetProperty("indicators")[0];
        Assert.Equal("1.1", first.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetProperty("zh").GetString()));
        Assert.Equal("unknown", factors[13].GetProperty("completeness").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Countries_Get_IncludesIsoCowAndChineseNames()
    {
        var countries = (await Server.GetJsonAsync("/api/v1/countries")).EnumerateArray().ToList();
        Assert.True(countries.Count >= 195);
        var car = countries.Single(c => c.GetProperty("iso3").GetString() == "CAF");
        Assert.Equal(482, car.GetProperty("cow").GetInt32());
        Assert.Equal("中非共和国", car.GetProperty("name").GetProperty("zh").GetString());
    }

    [Fact]
    public async Task Create_ValidBody_Returns201WithLocationAndDraft()
    {
        var (id, response) = await CreateAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/assessments/{id}", response.Headers.Location?.OriginalString);
        var assessment = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal("draft", assessment.GetProperty("status").GetString());
        Assert.Equal("not assessed", assessment.GetProperty("profile").GetProperty("overall").GetProperty("level").GetString());
        Assert.Equal(0, assessment.GetProperty("profile").GetProperty("coverage").GetDouble());
    }

    [Theory]
    [InlineData("{\"countryIso3\":\"ZZZ\",\"title\":\"t\",\"asOf\":\"2026-01-01\"}", "countryIso3")]
    [InlineData("{\"countryIso3\":\"CAF\",\"title\":\"t\",\"asOf\":\"31/12/2026\"}", "asOf")]
    [InlineData("{\"countryIso3\":\"CAF\",\"asOf\":\"2026-01-01\"}", "title")]
    [InlineData("{\"countryIso3\":\"CAF\",\"title\":\"t\",\"asOf\":\"2026-01-01\",\"classification\":\"TopSecret\"}", "classification")]
    [InlineData("{\"countryIso3\":\"CAF\",\"title\":[\"t\"],\"asOf\":\"2026-01-01\"}", "title")] // wrong JSON type
    [InlineData("{\"countryIso3\":\"CAF\",\"title\":\"t\"", "body")] // not JSON at all
    public async Task Create_InvalidField_Returns400NamingTheField(string json, string field)
    {
        using var response = await Client.PostAsync("/api/v1/assessments", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task PutIndicator_WrongJsonType_Returns400NamingTheField()
    {
        var (id, _) = await CreateAsync();
        using var response = await Client.PutAsync($"/api/v1/assessments/{id}/indicators/1.1",
            new StringContent("{\"status\":\"present\",\"severity\":\"very\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("severity", out _), problem.ToString());
    }

    [Fact]
    public async Task PutIndicator_PresentSevere_RaisesFactorAndCrimeScores()
    {
        var (id, _) = await CreateAsync();
        var before = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("profile").GetProperty("crimes").GetProperty("genocide").GetProperty("score").ValueKind);

        var after = await PutIndicatorAsync(id, "1.1", new
        {
            status = "present", severity = 3, trend = "worsening", confidence = "high", notes = "Fighting in the north-west",
            evidence = new[] { new { title = "OCHA situation report", url = "https://example.org/sitrep", date = "2026-09-01", sourceType = "unReport", reliability = "A", credibility = 2 } },
        });
        await PutIndicatorAsync(id, "1.2", new { status = "absent" });

        var profile = after.GetProperty("profile");
        var rf1 = profile.GetProperty("riskFactors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RF1");
        Assert.Equal(100.0, rf1.GetProperty("score").GetDouble());
        Assert.Equal(1, rf1.GetProperty("present").GetInt32());
        Assert.Equal(1, rf1.GetProperty("assessed").GetInt32());
        Assert.Equal("very high", profile.GetProperty("overall").GetProperty("level").GetString());

        var reread = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        var rf1Again = reread.GetProperty("profile").GetProperty("riskFactors")[0];
        Assert.Equal(2, rf1Again.GetProperty("assessed").GetInt32());
        Assert.Equal(75.0, rf1Again.GetProperty("score").GetDouble()); // (1 + 0.5) / 2
        var indicator = reread.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "1.1");
        Assert.Equal("A", indicator.GetProperty("evidence")[0].GetProperty("reliability").GetString());
        Assert.Contains(reread.GetProperty("history").EnumerateArray(), h => h.GetProperty("target").GetString() == "1.1");
    }

    [Theory]
    [InlineData("{\"status\":\"maybe\"}", "status")]
    [InlineData("{\"status\":\"present\",\"severity\":5}", "severity")]
    [InlineData("{\"status\":\"absent\",\"severity\":2}", "severity")]
    [InlineData("{\"status\":\"present\",\"evidence\":[{\"title\":\"x\",\"reliability\":\"G\",\"credibility\":2}]}", "evidence[0].reliability")]
    [InlineData("{\"status\":\"present\",\"evidence\":[{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}]}", "evidence[0].url")]
    public async Task PutIndicator_InvalidField_Returns400AndKeepsStoredJudgement(string json, string field)
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "2.1", new { status = "present", severity = 2 });
        using var response = await Client.PutAsync($"/api/v1/assessments/{id}/indicators/2.1", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var stored = (await Server.GetJsonAsync($"/api/v1/assessments/{id}")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "2.1");
        Assert.Equal("present", stored.GetProperty("status").GetString());
        Assert.Equal(2, stored.GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task UnknownIds_Return404()
    {
        var (id, _) = await CreateAsync();
        using var missing = await Client.GetAsync($"/api/v1/assessments/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var put = await Client.PutAsJsonAsync($"/api/v1/assessments/{Guid.NewGuid()}/indicators/1.1", new { status = "present" });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        using var badIndicator = await Client.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/99.9", new { status = "present" });
        Assert.Equal(HttpStatusCode.BadRequest, badIndicator.StatusCode);
    }

    [Fact]
    public async Task Workflow_ApproveBySecondPerson_FreezesAndNextVersionCopies()
    {
        using var alice = await Server.ClientForAsync("alice@test.example", role: "admin");
        using var bob = await Server.ClientForAsync("bob@test.example", role: "reviewer");
        var (id, _) = await CreateAsync(alice);
        await PutIndicatorAsync(id, "8.1", new { status = "present", severity = 2 }, client: alice);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/assessments/{id}/submit", alice)).StatusCode);

        using var selfApproval = await PostAsync($"/api/v1/assessments/{id}/approve", alice);
        Assert.Equal(HttpStatusCode.Conflict, selfApproval.StatusCode);

        using var approval = await PostAsync($"/api/v1/assessments/{id}/approve", bob);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var approved = await approval.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("bob@test.example", approved.GetProperty("approvedBy").GetString());

        await PutIndicatorAsync(id, "8.2", new { status = "present", severity = 1 }, HttpStatusCode.Conflict, alice);

        using var next = await PostAsync($"/api/v1/assessments/{id}/versions", alice, new { asOf = "2026-12-31" });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var copy = await next.Content.ReadFromJsonAsync<JsonElement>();
        var nextId = copy.GetProperty("id").GetGuid();
        Assert.Equal(2, copy.GetProperty("version").GetInt32());
        Assert.Equal("draft", copy.GetProperty("status").GetString());
        Assert.Equal("present", copy.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "8.1").GetProperty("status").GetString());

        await PutIndicatorAsync(nextId, "8.1", new { status = "present", severity = 3, trend = "worsening" }, client: alice);
        await PutIndicatorAsync(nextId, "9.1", new { status = "present", severity = 2 }, client: alice);
        var comparison = await Server.GetJsonAsync($"/api/v1/assessments/{nextId}/compare/{id}");
        Assert.Equal(id, comparison.GetProperty("fromId").GetGuid());
        var changes = comparison.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal("worse", changes.Single(c => c.GetProperty("id").GetString() == "8.1").GetProperty("direction").GetString());
        Assert.Equal("newly assessed", changes.Single(c => c.GetProperty("id").GetString() == "9.1").GetProperty("direction").GetString());
        Assert.True(comparison.GetProperty("overall").GetProperty("delta").GetDouble() > 0);
    }

    private async Task<(Guid Id, Guid EvidenceId)> CreateWithEvidenceAsync(HttpClient client)
    {
        var (id, _) = await CreateAsync(client);
        using var added = await client.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/7.9",
            new { title = "Report", url = "https://exmaple.org/typo", date = "2026-09-01", sourceType = "ngo", reliability = "C", credibility = 3, sourceIdentity = "Contact K." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return (id, EvidenceOf(await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static JsonElement EvidenceOf(JsonElement assessment) =>
        assessment.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "7.9").GetProperty("evidence").EnumerateArray().Single();

    [Fact]
    public async Task PutEvidence_Valid_ChangesFieldsKeepsIdAndRecordsHistory()
    {
        var (id, evidenceId) = await CreateWithEvidenceAsync(Client);

        using var response = await Client.PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}",
            new { title = "Report (corrected)", url = "https://example.org/report", date = "2026-09-02", sourceType = "unReport", reliability = "b", credibility = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var evidence = EvidenceOf(body);
        Assert.Equal(evidenceId, evidence.GetProperty("id").GetGuid());
        Assert.Equal("Report (corrected)", evidence.GetProperty("title").GetString());
        Assert.Equal("https://example.org/report", evidence.GetProperty("reference").GetString());
        Assert.Equal("B", evidence.GetProperty("reliability").GetString());
        Assert.Equal(2, evidence.GetProperty("credibility").GetInt32());
        Assert.Equal("Contact K.", evidence.GetProperty("sourceIdentity").GetString());
        var last = body.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("evidence edited", last.GetProperty("action").GetString());
        Assert.Contains("exmaple.org/typo", last.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(body.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "evidence removed");
        var stored = EvidenceOf(await Server.GetJsonAsync($"/api/v1/assessments/{id}"));
        Assert.Equal("Report (corrected)", stored.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{\"title\":\"x\",\"reliability\":\"G\",\"credibility\":2}", "evidence.reliability")]
    [InlineData("{\"title\":\"x\",\"reliability\":\"A\",\"credibility\":9}", "evidence.credibility")]
    [InlineData("{\"title\":\"\",\"reliability\":\"A\",\"credibility\":2}", "evidence.title")]
    [InlineData("{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}", "evidence.url")]
    public async Task PutEvidence_InvalidField_Returns400NamingItAndChangesNothing(string json, string field)
    {
        var (id, evidenceId) = await CreateWithEvidenceAsync(Client);

        using var response = await Client.PutAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var stored = EvidenceOf(await Server.GetJsonAsync($"/api/v1/assessments/{id}"));
        Assert.Equal("Report", stored.GetProperty("title").GetString());
        Assert.Equal("C", stored.GetProperty("reliability").GetString());
        Assert.Equal(3, stored.GetProperty("credibility").GetInt32());
    }

    [Fact]
    public async Task PutEvidence_Approved_Returns409AndNotFoundWhenNotVisible()
    {
        using var alice = await Server.ClientForAsync("alice@test.example", role: "admin");
        using var bob = await Server.ClientForAsync("bob@test.example", role: "reviewer");
        using var stranger = await Server.ClientForAsync("eve@other.example", organization: "Other office");
        var (id, evidenceId) = await CreateWithEvidenceAsync(alice);
        var body = new { title = "Regraded", reliability = "A", credibility = 1 };

        using var hidden = await stranger.PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}", body);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/assessments/{id}/submit", alice)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/assessments/{id}/approve", bob)).StatusCode);
        using var frozen = await alice.PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}", body);

        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Equal("Report", EvidenceOf(await Server.GetJsonAsync($"/api/v1/assessments/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task PutEvidence_WithoutConfidentialRights_CannotChangeOrReadSourceIdentity()
    {
        using var monitor = await Server.ClientForAsync("mo@test.example", role: "monitor");
        var (id, evidenceId) = await CreateWithEvidenceAsync(Client);

        using var attempt = await monitor.PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}",
            new { title = "Report", reliability = "C", credibility = 3, sourceIdentity = "Changed" });
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.DoesNotContain("Contact K.", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var read = await monitor.GetAsync($"/api/v1/assessments/{id}");
        var seen = await read.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.DoesNotContain("Contact K.", seen, StringComparison.Ordinal);
        Assert.False(EvidenceOf(JsonDocument.Parse(seen).RootElement).GetProperty("hasSourceIdentity").GetBoolean());

        Assert.Equal("Contact K.", EvidenceOf(await Server.GetJsonAsync($"/api/v1/assessments/{id}")).GetProperty("sourceIdentity").GetString());
    }

    [Fact]
    public async Task PutEvidence_SourceIdentityOmittedKeepsItEmptyClearsIt()
    {
        var (id, evidenceId) = await CreateWithEvidenceAsync(Client);
        var path = $"/api/v1/assessments/{id}/evidence/{evidenceId}";

        using var kept = await Client.PutAsJsonAsync(path, new { title = "Report", reliability = "B", credibility = 3 });
        Assert.Equal("Contact K.", EvidenceOf(await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sourceIdentity").GetString());

        using var cleared = await Client.PutAsJsonAsync(path, new { title = "Report", reliability = "B", credibility = 3, sourceIdentity = "" });
        var evidence = EvidenceOf(await cleared.Content.ReadFromJsonAsync<JsonElement>());
        Assert.False(evidence.GetProperty("hasSourceIdentity").GetBoolean());
    }

    [Theory]
    [InlineData("md", "text/markdown", "# Quarterly review")]
    [InlineData("json", "application/json", "\"countryIso3\": \"CAF\"")]
    [InlineData("csv", "text/csv", "#indicator+code")]
    public async Task Export_EachFormat_ReturnsFileWithContent(string format, string mediaType, string expected)
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "1.1", new { status = "present", severity = 2, notes = "<script>alert(1)</script>" });
        using var response = await Client.GetAsync($"/api/v1/assessments/{id}/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        if (format == "md")
        {
            Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("md", "en", "text/markdown", "## Uncovered risk factors")]
    [InlineData("html", "zh", "text/html", "未覆盖的风险因素")]
    [InlineData("pdf", "zh", "application/pdf", "%PDF-")]
    public async Task Brief_EachFormatAndLanguage_ReturnsTheBriefWithHostileTextEncoded(string format, string lang, string mediaType, string expected)
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "1.1", new { status = "present", severity = 2, notes = "<script>alert(1)</script>" });
        using var response = await Client.GetAsync($"/api/v1/assessments/{id}/brief?format={format}&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_UnknownFormatOrAssessment_IsRefused()
    {
        var (id, _) = await CreateAsync();
        using var badFormat = await Client.GetAsync($"/api/v1/assessments/{id}/brief?format=docx");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        using var badLanguage = await Client.GetAsync($"/api/v1/assessments/{id}/brief?lang=fr");
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        using var missing = await Client.GetAsync($"/api/v1/assessments/{Guid.NewGuid()}/brief");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ExportCsv_FormulaTextInNotesAndEvidence_IsPrefixedSoSpreadsheetsShowIt()
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "1.1", new { status = "present", severity = 2, notes = "=HYPERLINK(\"https://evil.example\",\"open\")" });
        using var added = await Client.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/1.1",
            new { title = "+cmd|' /C calc'!A0", reference = "file 12", reliability = "C", credibility = 3 });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var csv = await Client.GetStringAsync($"/api/v1/assessments/{id}/export?format=csv");

        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"open\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'+cmd|' /C calc'!A0 (C3) file 12,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMarkdown_ReferenceThatIsNoWebAddress_IsTextNotALink()
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "1.1", new { status = "present", severity = 2 });
        foreach (var reference in new[] { "javascript:alert(document.cookie)", "[x](javascript:alert(1))" })
        {
            using var added = await Client.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/1.1",
                new { title = "Report", reference, reliability = "C", credibility = 3 });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
        using var web = await Client.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/1.1",
            new { title = "Web", url = "https://example.org/report?a=1", reliability = "C", credibility = 3 });
        Assert.Equal(HttpStatusCode.OK, web.StatusCode);

        var markdown = await Client.GetStringAsync($"/api/v1/assessments/{id}/export?format=md");

        Assert.DoesNotContain("<javascript:", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains(@"Report javascript\:alert\(document.cookie\)", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\[x\]\(javascript\:alert\(1\)\)", markdown, StringComparison.Ordinal);
        Assert.Contains("Web <https://example.org/report?a=1>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesAssessmentEndpoints()
    {
        var doc = await Server.GetJsonAsync("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/assessments/{id}/indicators/{indicatorId}", out _));
        Assert.True(doc.GetProperty("paths").GetProperty("/api/v1/assessments/{id}/evidence/{evidenceId}").TryGetProperty("put", out _));
    }
}

public sealed class AssessmentsApiSqliteTests : AssessmentsApiTests
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}

public sealed class AssessmentsApiPostgresTests : AssessmentsApiTests
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}
