using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.App.Api;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Api;

/// <summary>The assessment API over real HTTP, run once per database provider (subclasses below).</summary>
public abstract class AssessmentsApiTests : ProviderServerTests
{
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
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("profile").GetProperty("overall").GetProperty("level").ValueKind);
        Assert.Equal("notAssessed", assessment.GetProperty("profile").GetProperty("overall").GetProperty("reason").GetString());
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
        // One indicator of 114 is far below the coverage a level needs: the overall level is withheld, with its reason.
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("overall").GetProperty("level").ValueKind);
        Assert.Equal("lowCoverage", profile.GetProperty("overall").GetProperty("reason").GetString());

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
        var rf8 = comparison.GetProperty("riskFactors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RF8");
        Assert.True(rf8.GetProperty("delta").GetDouble() > 0);
    }

    private async Task<JsonElement> PutFactorAsync(Guid id, string factor, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.PutAsJsonAsync($"/api/v1/assessments/{id}/factors/{factor}", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {json}");
        return json;
    }

    private static JsonElement FactorOf(JsonElement assessment, string id) =>
        assessment.GetProperty("profile").GetProperty("riskFactors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public async Task PutFactor_JudgedAsWhole_ScoresTheFactorCountsItAssessedAndKeepsItsIndicators()
    {
        var (id, _) = await CreateAsync();
        await PutIndicatorAsync(id, "1.1", new { status = "present", severity = 3 });

        var rf14 = await PutFactorAsync(id, "RF14", new
        {
            status = "present", severity = 2, trend = "worsening", confidence = "medium", notes = "Attacks on clinics in two prefectures",
            evidence = new[] { new { title = "Health cluster bulletin", url = "https://example.org/health", date = "2026-09-10", sourceType = "unReport", reliability = "B", credibility = 2 } },
        });
        Assert.Equal(66.7, FactorOf(rf14, "RF14").GetProperty("score").GetDouble());
        Assert.True(FactorOf(rf14, "RF14").GetProperty("judgedAsWhole").GetBoolean());
        Assert.Equal(1, FactorOf(rf14, "RF14").GetProperty("coverage").GetDouble());

        var after = await PutFactorAsync(id, "RF1", new { status = "absent" });
        var rf1 = FactorOf(after, "RF1");
        Assert.Equal(0, rf1.GetProperty("score").GetDouble());          // the whole judgement, not 1.1's severe sign
        Assert.Equal(1, rf1.GetProperty("present").GetInt32());         // 1.1 still shows
        Assert.Equal(Math.Round(12.0 / 115, 3), after.GetProperty("profile").GetProperty("coverage").GetDouble());   // RF1's 11 + RF14's 1 of 115 units

        var reread = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        var factor = reread.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RF14");
        Assert.Equal("present", factor.GetProperty("status").GetString());
        Assert.Equal("worsening", factor.GetProperty("trend").GetString());
        Assert.Equal("Health cluster bulletin", factor.GetProperty("evidence")[0].GetProperty("title").GetString());
        Assert.Contains(reread.GetProperty("history").EnumerateArray(), h => h.GetProperty("target").GetString() == "RF14");
        var markdown = await Client.GetStringAsync($"/api/v1/assessments/{id}/export?format=md");
        Assert.Contains("**RF14**", markdown, StringComparison.Ordinal);

        var problem = await PutFactorAsync(id, "RF99", new { status = "absent" }, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("riskFactorId", out _), problem.ToString());
    }

    [Fact]
    public async Task Profile_CoverageAroundTheThreshold_WithholdsTheLevelBelowAQuarterAndGivesItFromThere()
    {
        var (id, _) = await CreateAsync();
        // 115 units (114 indicators and RF14). War crimes first (RF1 11 + RF13 10 + RF14 1 + 2.1, 2.2 = 24 of its 94 units, 25.5 %),
        // then RF11 (4): 28 units overall, 24.3 %.
        await PutFactorAsync(id, "RF13", new { status = "present", severity = 3 });
        await PutFactorAsync(id, "RF14", new { status = "present", severity = 2 });
        await PutFactorAsync(id, "RF1", new { status = "absent" });
        await PutFactorAsync(id, "RF11", new { status = "absent" });
        await PutIndicatorAsync(id, "2.1", new { status = "absent" });
        await PutIndicatorAsync(id, "2.2", new { status = "absent" });
        var below = (await Server.GetJsonAsync($"/api/v1/assessments/{id}")).GetProperty("profile");
        Assert.Equal(0.243, below.GetProperty("coverage").GetDouble());
        Assert.Equal(JsonValueKind.Null, below.GetProperty("overall").GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, below.GetProperty("overall").GetProperty("score").ValueKind);
        Assert.Equal("lowCoverage", below.GetProperty("overall").GetProperty("reason").GetString());

        var from = (await PutIndicatorAsync(id, "2.3", new { status = "absent" })).GetProperty("profile");   // 29 units, 25.2 %
        Assert.Equal(0.252, from.GetProperty("coverage").GetDouble());
        Assert.Equal("high", from.GetProperty("overall").GetProperty("level").GetString());    // war crimes (RF1 0 + RF2 0 + 2 × 100 + 2 × 66.7) / 6
        Assert.Equal(55.6, from.GetProperty("overall").GetProperty("score").GetDouble());
        var genocide = from.GetProperty("crimes").GetProperty("genocide");
        Assert.Equal(JsonValueKind.Null, genocide.GetProperty("level").ValueKind);               // RF9 and RF10 are not assessed
        Assert.Equal("specificFactorsUnassessed", genocide.GetProperty("reason").GetString());
        Assert.Equal(["RF9", "RF10"], genocide.GetProperty("unassessedSpecificFactors").EnumerateArray().Select(f => f.GetString()!).ToArray());
    }

    [Fact]
    public async Task Create_SecondDraftOfACountry_CreatesItButWarnsWithALinkToTheFirst()
    {
        var (first, firstResponse) = await CreateAsync();
        Assert.False(firstResponse.Headers.Contains(AssessmentsApi.ExistingDraftHeader));
        var (second, response) = await CreateAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Contains($"/api/v1/assessments/{first}", response.Headers.GetValues(AssessmentsApi.ExistingDraftHeader).Single(), StringComparison.Ordinal);
        Assert.Contains($"</api/v1/assessments/{first}>", string.Join(",", response.Headers.GetValues("Link")), StringComparison.Ordinal);

        using var browser = await Server.BrowserForAsync("analyst@test.example");
        var page = await browser.GetStringAsync("/countries/CAF");
        Assert.Contains("id=\"existing-drafts\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/assessments/{first}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewPage_InReview_ShowsApproveToASecondReviewerButNotToTheAuthor()
    {
        using var author = await Server.BrowserForAsync("author@test.example", role: "admin");
        using var reviewer = await Server.BrowserForAsync("reviewer@test.example", role: "reviewer");
        var (id, _) = await CreateAsync(author);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/assessments/{id}/submit", author)).StatusCode);

        var authorsPage = await author.GetStringAsync($"/assessments/{id}");
        var reviewersPage = await reviewer.GetStringAsync($"/assessments/{id}");

        Assert.DoesNotContain("handler=Approve", authorsPage, StringComparison.Ordinal);
        Assert.Contains("id=\"approve-by-other\"", authorsPage, StringComparison.Ordinal);
        Assert.Contains("handler=Approve", reviewersPage, StringComparison.Ordinal);
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

    private Task<HttpResponseMessage> PutWithIfMatchAsync(Guid id, string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/assessments/{id}/{path}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return Client.SendAsync(request);
    }

    [Fact]
    public async Task PutIndicator_AnswersTheIndicatorItsVersionAndTheProfile_NotTheHistory()
    {
        var (id, _) = await CreateAsync();
        using var response = await PutWithIfMatchAsync(id, "indicators/1.1", new { status = "present", severity = 3, notes = "Fighting" }, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["indicator", "version", "profile"], answer.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("1.1", answer.GetProperty("indicator").GetProperty("id").GetString());
        Assert.Equal("Fighting", answer.GetProperty("indicator").GetProperty("notes").GetString());
        Assert.Equal($"\"{answer.GetProperty("version").GetString()}\"", response.Headers.ETag?.Tag);
        Assert.Equal(100.0, FactorOf(answer, "RF1").GetProperty("score").GetDouble());

        using var read = await Client.GetAsync($"/api/v1/assessments/{id}/indicators/1.1");
        Assert.Equal(response.Headers.ETag?.Tag, read.Headers.ETag?.Tag);
        using var factor = await PutWithIfMatchAsync(id, "factors/RF14", new { status = "absent" }, null);
        var factorAnswer = await factor.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["factor", "version", "profile"], factorAnswer.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task PutIndicator_StaleIfMatch_Answers412WithTheOtherValueAndKeepsIt()
    {
        var (id, _) = await CreateAsync();
        using var first = await Client.GetAsync($"/api/v1/assessments/{id}/indicators/2.1");
        var seen = first.Headers.ETag!.Tag;
        using var whole = await Client.GetAsync($"/api/v1/assessments/{id}");
        var seenWhole = whole.Headers.ETag!.Tag;
        using var other = await PutWithIfMatchAsync(id, "indicators/2.1", new { status = "present", severity = 3, notes = "theirs" }, seen);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        foreach (var stale in new[] { seen, seenWhole })
        {
            using var mine = await PutWithIfMatchAsync(id, "indicators/2.1", new { status = "absent", notes = "mine" }, stale);
            Assert.Equal(HttpStatusCode.PreconditionFailed, mine.StatusCode);
            var conflict = await mine.Content.ReadFromJsonAsync<JsonElement>();
            var current = conflict.GetProperty("judgements").EnumerateArray().Single();
            Assert.Equal("2.1", current.GetProperty("target").GetString());
            Assert.Equal("present", current.GetProperty("status").GetString());
            Assert.Equal("theirs", current.GetProperty("notes").GetString());
            Assert.Equal(other.Headers.ETag!.Tag, $"\"{current.GetProperty("version").GetString()}\"");
            Assert.False(string.IsNullOrEmpty(current.GetProperty("changedBy").GetString()));
        }
        var stored = (await Server.GetJsonAsync($"/api/v1/assessments/{id}/indicators/2.1")).GetProperty("indicator");
        Assert.Equal("theirs", stored.GetProperty("notes").GetString());

        // The current version (or no If-Match: last write wins) replaces theirs knowingly.
        using var again = await PutWithIfMatchAsync(id, "indicators/2.1", new { status = "absent", notes = "mine" }, other.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var blind = await PutWithIfMatchAsync(id, "indicators/2.1", new { status = "unknown" }, null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        using var staleFactor = await PutWithIfMatchAsync(id, "factors/RF14", new { status = "present" }, "\"0000000000000000\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleFactor.StatusCode);
    }

    [Fact]
    public async Task PutIndicator_ParallelFirstWrites_NeverAnswer500AndOneIfMatchWins()
    {
        var (id, _) = await CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        // 16 writers at once: 8 on one new indicator, 8 on as many others.
        var writes = Enumerable.Range(0, 16).Select(async n =>
        {
            using var response = await PutWithIfMatchAsync(id, n < 8 ? "indicators/3.1" : $"indicators/4.{n - 7}", new { status = "present", severity = 1 + n % 3, notes = $"writer {n}" }, null);
            return response.StatusCode;
        });
        Assert.All(await Task.WhenAll(writes), status => Assert.Equal(HttpStatusCode.OK, status));
        var assessment = await Server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal(8, assessment.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("target").GetString() == "3.1"));
        Assert.Equal(9, assessment.GetProperty("indicators").EnumerateArray().Count(i => i.GetProperty("status").GetString() == "present"));

        // Writers who all read the blank indicator and say so: exactly one is stored, the others learn it was taken.
        using var blank = await Client.GetAsync($"/api/v1/assessments/{id}/indicators/5.1", ct);
        var seen = blank.Headers.ETag!.Tag;
        var guarded = Enumerable.Range(0, 8).Select(async n =>
        {
            using var response = await PutWithIfMatchAsync(id, "indicators/5.1", new { status = "present", notes = $"guarded {n}" }, seen);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(guarded);
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.PreconditionFailed));
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
