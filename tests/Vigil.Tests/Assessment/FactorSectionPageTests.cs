using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Assessment;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Assessment.SaveFactorSectionTests;

namespace Vigil.Tests.Assessment;

/// <summary>The editor's factor form as a browser without script posts it: the section is saved all or nothing.</summary>
public sealed class FactorSectionPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> NewDraftAsync(TestServer server)
    {
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Quarterly review", asOf = "2026-09-30" }, Ct);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>RF1's first three rows as typed: 1.1 present (severity 2, a note, new evidence), 1.2 absent, 1.3 present with <paramref name="severity3"/>.</summary>
    private static Task<HttpResponseMessage> PostRf1Async(HttpClient browser, Guid id, string severity3) =>
        browser.PostFormAsync($"/assessments/{id}/edit", "Factor", new()
        {
            ["factor"] = "RF1",
            ["rows[0].IndicatorId"] = "1.1", ["rows[0].Status"] = "present", ["rows[0].Severity"] = "2", ["rows[0].Notes"] = "Typed on row one",
            ["rows[0].Evidence.Title"] = "Report typed on row one", ["rows[0].Evidence.Reliability"] = "B", ["rows[0].Evidence.Credibility"] = "2",
            ["rows[1].IndicatorId"] = "1.2", ["rows[1].Status"] = "absent",
            ["rows[2].IndicatorId"] = "1.3", ["rows[2].Status"] = "present", ["rows[2].Severity"] = severity3,
        }, cancellationToken: Ct);

    [Fact]
    public async Task PostFactor_RuleBrokenOnThirdRow_StoresNothingAndShowsTheErrorOnThatRowWithTheTypedValues()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);

        using var response = await PostRf1Async(browser, id, severity3: "4");

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(new Regex("<div class=\"indicator\" role=\"group\" id=\"ind-1-3\"[^>]*aria-describedby=\"ind-1-3-error\">"), page);
        Assert.Matches(new Regex("<p class=\"field-error\" id=\"ind-1-3-error\">Severity must be 1 \\(limited\\), 2 \\(serious\\) or 3 \\(severe\\).</p>"), page);
        Assert.DoesNotContain("id=\"ind-1-1-error\"", page, StringComparison.Ordinal);
        Assert.Contains(">Typed on row one</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Report typed on row one\"", page, StringComparison.Ordinal);
        Assert.Matches(new Regex("name=\"rows\\[1\\]\\.Status\" value=\"absent\" id=\"ind-1-2-absent\" checked=\"checked\""), page);
        var stored = await StoredAsync(server, id);
        Assert.Empty(stored.Judgements);
        Assert.Empty(stored.Evidence);
        Assert.DoesNotContain(stored.History, h => h.Action is "judged" or "evidence added");
    }

    [Fact]
    public async Task PostFactor_EveryRowValid_StoresEveryRowAndTheEvidence()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);

        using var response = await PostRf1Async(browser, id, severity3: "3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assessments/{id}/edit?open=RF1#factor-RF1", response.Headers.Location?.OriginalString);
        var stored = await StoredAsync(server, id);
        Assert.Equal(2, stored.JudgementFor("1.1")!.Severity);
        Assert.Equal(IndicatorStatus.Absent, stored.JudgementFor("1.2")!.Status);
        Assert.Equal(3, stored.JudgementFor("1.3")!.Severity);
        Assert.Equal("Report typed on row one", Assert.Single(stored.EvidenceFor("1.1")).Title);
        var editor = WebUtility.HtmlDecode(await browser.GetStringAsync($"/assessments/{id}/edit?open=RF1", Ct));
        Assert.Contains("RF1 saved. Indicators changed: 3 · evidence added: 1 · evidence removed: 0.", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostFactor_UnreadableValueOnThirdRow_StoresNothingAndShowsTheErrorOnThatRow()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);

        using var response = await browser.PostFormAsync($"/assessments/{id}/edit", "Factor", new()
        {
            ["factor"] = "RF1",
            ["rows[0].IndicatorId"] = "1.1", ["rows[0].Status"] = "absent",
            ["rows[1].IndicatorId"] = "1.2", ["rows[1].Status"] = "absent",
            ["rows[2].IndicatorId"] = "1.3", ["rows[2].Status"] = "present", ["rows[2].Trend"] = "sideways",
        }, cancellationToken: Ct);

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(new Regex("<p class=\"field-error\" id=\"ind-1-3-error\">1\\.3 trend: &#x27;sideways&#x27; is not one of"), page);
        Assert.Empty((await StoredAsync(server, id)).Judgements);
    }
}
