using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Assessment.EvidenceEditPageTests;

namespace Vigil.Tests.Assessment;

/// <summary>
/// Evidence on a resilience dimension through the editor's plain forms (no script), as for an indicator: add and remove with
/// the resilience form, correct in place with the item's "Edit" form; the view and the Markdown export list it.
/// </summary>
public sealed class ResilienceEvidencePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Posts the resilience form as a browser does: every dimension's row (resilience[0] P1 … resilience[10] E6) and <paramref name="fields"/>.</summary>
    private static Task<HttpResponseMessage> PostResilienceAsync(HttpClient browser, Guid id, Dictionary<string, string> fields, string? tokenPage = null)
    {
        string[] dimensions = ["P1", "P2", "P3", "P4", "P5", "E1", "E2", "E3", "E4", "E5", "E6"];
        for (var i = 0; i < dimensions.Length; i++)
        {
            fields.TryAdd($"resilience[{i}].DimensionId", dimensions[i]);
        }
        return browser.PostFormAsync($"/assessments/{id}/edit", "Resilience", fields, tokenPage, Ct);
    }

    private static async Task<Guid> NewDraftAsync(TestServer server)
    {
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Quarterly review", asOf = "2026-09-30" }, Ct);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static JsonElement LastChange(JsonElement assessment) => assessment.GetProperty("history").EnumerateArray().Last();

    [Fact]
    public async Task PostResilience_EvidenceTyped_AddsItToTheDimensionAndShowsItInEditorViewAndExport()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);

        using var response = await PostResilienceAsync(browser, id, new()
        {
            ["resilience[1].Rating"] = "2", ["resilience[1].Notes"] = "",
            ["resilience[1].Evidence.Title"] = "Ombudsman <script>alert('t')</script> report", ["resilience[1].Evidence.Reference"] = "https://example.org/ombudsman",
            ["resilience[1].Evidence.Date"] = "2026-08-01", ["resilience[1].Evidence.Source"] = "ngo",
            ["resilience[1].Evidence.Reliability"] = "B", ["resilience[1].Evidence.Credibility"] = "2", ["focus"] = "P2",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assessments/{id}/edit?open=resilience#res-P2", response.Headers.Location?.OriginalString);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        var evidence = EvidenceOf(stored, "P2");
        Assert.Equal("Ombudsman <script>alert('t')</script> report", evidence.GetProperty("title").GetString());
        Assert.Equal("https://example.org/ombudsman", evidence.GetProperty("reference").GetString());
        Assert.Equal("ngo", evidence.GetProperty("sourceType").GetString());
        Assert.Equal("B", evidence.GetProperty("reliability").GetString());
        Assert.Equal("evidence added", LastChange(stored).GetProperty("action").GetString());
        Assert.Equal("P2", LastChange(stored).GetProperty("target").GetString());

        var editor = await browser.GetStringAsync($"/assessments/{id}/edit?open=resilience", Ct);
        Assert.Contains("Resilience saved. Dimensions changed: 1 · evidence added: 1 · evidence removed: 0.", WebUtility.HtmlDecode(editor), StringComparison.Ordinal);
        var evidenceId = evidence.GetProperty("id").GetGuid();
        Assert.Matches(new Regex($"<form method=\"post\" id=\"ev-{evidenceId}-form\" action=\"/assessments/{id}/edit\\?evidenceId={evidenceId}&amp;handler=Evidence\">\\s*"
            + "<input type=\"hidden\" name=\"factor\" value=\"resilience\">\\s*<input name=\"__RequestVerificationToken\""), editor);
        Assert.Contains($"name=\"removeEvidence\" value=\"{evidenceId}\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"resilience[1].Evidence.Title\"", editor, StringComparison.Ordinal);
        var view = await browser.GetStringAsync($"/assessments/{id}", Ct);
        var markdown = await browser.GetStringAsync($"/api/v1/assessments/{id}/export?format=md", Ct);
        foreach (var page in new[] { editor, view })
        {
            Assert.Contains("Ombudsman &lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt; report", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(", page, StringComparison.Ordinal);
        }
        Assert.Matches(new Regex("<li id=\"res-P2\">(?:(?!</li>).)*Ombudsman &lt;script&gt;", RegexOptions.Singleline), view);
        Assert.Contains("- Rule of law and accountability: 2/3\n  - Evidence (B2): Ombudsman &lt;script&gt;alert('t')&lt;/script&gt; report <https://example.org/ombudsman>",
            markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostResilience_InvalidEvidence_NamesTheFieldAndAddsNothing()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);

        using var response = await PostResilienceAsync(browser, id, new()
        {
            ["resilience[0].Rating"] = "3",
            ["resilience[0].Evidence.Title"] = "Typed once", ["resilience[0].Evidence.Reliability"] = "G", ["resilience[0].Evidence.Credibility"] = "2",
        });

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("P1 evidence.reliability must be one letter A", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed once\"", page, StringComparison.Ordinal);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        var p1 = stored.GetProperty("resilience").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "P1");
        Assert.Empty(p1.GetProperty("evidence").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, p1.GetProperty("rating").ValueKind);
    }

    [Fact]
    public async Task PostEvidence_ResilienceItem_CorrectsInPlaceAndReturnsToItsDimension()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server, target: "P2");
        using var _ = browser;
        var editor = await browser.GetStringAsync($"/assessments/{id}/edit?open=resilience", Ct);
        Assert.Contains($"name=\"evidence.SourceIdentity\" type=\"text\" value=\"Contact &lt;i&gt;K&lt;/i&gt;\"", editor, StringComparison.Ordinal);

        using var response = await PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Report one", ["evidence.Reference"] = "https://example.org/report", ["evidence.Source"] = "unReport",
            ["evidence.Reliability"] = "A", ["evidence.Credibility"] = "1", ["evidence.SourceIdentity"] = "Contact L.",
        }, factor: "resilience");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assessments/{id}/edit?open=resilience#res-P2", response.Headers.Location?.OriginalString);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        var evidence = EvidenceOf(stored, "P2");
        Assert.Equal(evidenceId, evidence.GetProperty("id").GetGuid());
        Assert.Equal("https://example.org/report", evidence.GetProperty("reference").GetString());
        Assert.Equal("A", evidence.GetProperty("reliability").GetString());
        Assert.Equal("Contact L.", evidence.GetProperty("sourceIdentity").GetString());
        Assert.Equal("evidence edited", LastChange(stored).GetProperty("action").GetString());
        Assert.Equal("P2", LastChange(stored).GetProperty("target").GetString());
        Assert.EndsWith("| source identity changed", LastChange(stored).GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostResilience_RemoveTicked_RemovesTheDimensionsEvidence()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server, target: "E4");
        using var _ = browser;

        using var response = await PostResilienceAsync(browser, id, new() { ["removeEvidence"] = evidenceId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Empty(stored.GetProperty("resilience").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "E4").GetProperty("evidence").EnumerateArray());
        Assert.Equal("evidence removed", LastChange(stored).GetProperty("action").GetString());
        Assert.Equal("E4", LastChange(stored).GetProperty("target").GetString());
        Assert.Equal("Report <b>one</b>", LastChange(stored).GetProperty("before").GetString());
    }

    [Fact]
    public async Task Get_MonitorOfTheOrganisation_NeverSeesNorChangesNorLearnsOfTheDimensionsSourceIdentity()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server, role: "monitor", target: "P2");
        using var _ = browser;

        var editor = await browser.GetStringAsync($"/assessments/{id}/edit?open=resilience", Ct);
        var view = await browser.GetStringAsync($"/assessments/{id}", Ct);
        using var attempt = await PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Report one", ["evidence.Reliability"] = "C", ["evidence.Credibility"] = "3", ["evidence.SourceIdentity"] = "Changed",
        }, factor: "resilience");

        Assert.Contains("Report &lt;b&gt;one&lt;/b&gt;", editor, StringComparison.Ordinal);
        Assert.Contains($"id=\"ev-{evidenceId}-form\"", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("source identity is recorded", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence.SourceIdentity", editor, StringComparison.Ordinal);
        foreach (var page in new[] { editor, view, await attempt.Content.ReadAsStringAsync(Ct) })
        {
            Assert.DoesNotContain("Contact", page, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Forbidden, attempt.StatusCode);
        Assert.Equal("Contact <i>K</i>", EvidenceOf(await server.GetJsonAsync($"/api/v1/assessments/{id}"), "P2").GetProperty("sourceIdentity").GetString());
    }

    [Fact]
    public async Task Post_ApprovedAssessment_RefusesEveryEvidenceChangeOnADimension()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server, target: "P2");
        using var _ = browser;
        using var reviewer = await server.ClientForAsync("reviewer@test.example", role: "reviewer");
        (await server.Client.PostAsync($"/api/v1/assessments/{id}/submit", null, Ct)).EnsureSuccessStatusCode();
        (await reviewer.PostAsync($"/api/v1/assessments/{id}/approve", null, Ct)).EnsureSuccessStatusCode();

        var editor = await browser.GetStringAsync($"/assessments/{id}/edit?open=resilience", Ct);
        // The read-only editor has no form to take an antiforgery token from; the view's review actions have one.
        var viewPage = $"/assessments/{id}";
        using var add = await PostResilienceAsync(browser, id, new()
        {
            ["resilience[1].Evidence.Title"] = "Late report", ["resilience[1].Evidence.Reliability"] = "B",
            ["resilience[1].Evidence.Credibility"] = "2",
        }, tokenPage: viewPage);
        using var remove = await PostResilienceAsync(browser, id, new() { ["removeEvidence"] = evidenceId.ToString() }, tokenPage: viewPage);
        using var edit = await PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Regraded", ["evidence.Reliability"] = "A", ["evidence.Credibility"] = "1",
        }, factor: "resilience", tokenPage: viewPage);

        Assert.Contains("id=\"read-only-notice\"", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("resilience[1].Evidence.Title", editor, StringComparison.Ordinal);
        Assert.DoesNotContain($"ev-{evidenceId}-form", editor, StringComparison.Ordinal);
        foreach (var response in new[] { add, remove, edit })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("This assessment is approved and can no longer change", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal("Report <b>one</b>", EvidenceOf(stored, "P2").GetProperty("title").GetString());
        Assert.Equal("approved", LastChange(stored).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Get_Chinese_LabelsTheDimensionsEvidenceControls()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, _) = await DraftWithEvidenceAsync(server, target: "P2");
        using var _ = browser;

        var editor = WebUtility.HtmlDecode(await browser.GetStringAsync($"/assessments/{id}/edit?open=resilience&culture=zh-Hans", Ct));

        var p2 = Regex.Match(editor, "<div class=\"resilience-row\" id=\"res-P2\".*?<div class=\"resilience-row\"", RegexOptions.Singleline).Value;
        Assert.Contains("添加证据", p2, StringComparison.Ordinal);
        Assert.Contains("保存时删除", p2, StringComparison.Ordinal);
        Assert.Contains("保存此证据", p2, StringComparison.Ordinal);
        Assert.Contains("来源身份（机密）", p2, StringComparison.Ordinal);
        Assert.Contains("保存并为 P2 添加证据", p2, StringComparison.Ordinal);
        Assert.Contains("保存所有已修改的维度以及已填写的证据。", editor, StringComparison.Ordinal);
    }
}
