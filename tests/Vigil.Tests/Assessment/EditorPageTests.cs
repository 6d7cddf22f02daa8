using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Assessment.SaveFactorSectionTests;

namespace Vigil.Tests.Assessment;

/// <summary>The editor page's weight with a full Framework judged, and what it says when someone else changed a row since it was opened.</summary>
public sealed partial class EditorPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Issue 16: the editor weighed ~959 KB with every row of controls; the target for a full Framework is under 300 KB.</summary>
    private const int MaxPageBytes = 300_000;

    private static async Task<Guid> NewDraftAsync(TestServer server)
    {
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Quarterly review", asOf = "2026-09-30" }, Ct);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Get_FullyJudgedFramework_EveryViewOfTheEditorWeighsUnder300KB()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);
        var framework = await server.GetJsonAsync("/api/v1/framework");
        var indicators = framework.GetProperty("riskFactors").EnumerateArray()
            .SelectMany(f => f.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(114, indicators.Count);
        // Every indicator judged with a long note and two evidence items, every resilience dimension rated: the heaviest a page gets.
        foreach (var batch in indicators.Chunk(8))
        {
            await Task.WhenAll(batch.Select(async indicator =>
            {
                using var put = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/{indicator}", new
                {
                    status = "present", severity = 2, trend = "worsening", confidence = "medium", area = "North-west prefectures",
                    notes = string.Concat(Enumerable.Repeat($"Observed for {indicator} in several prefectures. ", 6)),
                    evidence = new[]
                    {
                        new { title = $"Situation report on {indicator}", url = "https://example.org/sitrep", date = "2026-09-01", sourceType = "unReport", reliability = "B", credibility = 2 },
                        new { title = $"Interview notes on {indicator}", url = "https://example.org/interview", date = "2026-09-02", sourceType = "ngo", reliability = "C", credibility = 3 },
                    },
                }, Ct);
                Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            }));
        }
        foreach (var dimension in new[] { "P1", "P2", "P3", "P4", "P5", "E1", "E2", "E3", "E4", "E5", "E6" })
        {
            using var rated = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/resilience/{dimension}", new { rating = 2, notes = "Rated from the national plan." }, Ct);
            Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        }

        var sizes = new Dictionary<string, int>();
        foreach (var query in new[] { "", "?open=RF7", "?open=RF13", "?open=resilience" })
        {
            var html = await browser.GetByteArrayAsync($"/assessments/{id}/edit{query}", Ct);
            sizes[query] = html.Length;
            Assert.Equal(query == "?open=resilience" ? 0 : 1, FactorForm().Count(Encoding.UTF8.GetString(html)));
        }
        Assert.True(sizes.Values.All(s => s < MaxPageBytes), $"Editor page sizes: {string.Join(", ", sizes.Select(s => $"'{s.Key}' {s.Value:N0} bytes"))}");
        // All sections at once is the heavy page the one-section editor replaced: the measure does tell them apart.
        var all = await browser.GetByteArrayAsync($"/assessments/{id}/edit?open=all", Ct);
        Assert.True(all.Length > MaxPageBytes, $"?open=all is {all.Length:N0} bytes");
    }

    [Fact]
    public async Task Get_NoSectionAsked_OpensTheFirstFactorNotFullyAssessedAndLinksTheOthers()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);
        using var whole = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/factors/RF1", new { status = "absent" }, Ct);
        for (var i = 1; i <= 11; i++)
        {
            using var put = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/1.{i}", new { status = "absent" }, Ct);
        }

        var html = await browser.GetStringAsync($"/assessments/{id}/edit", Ct);

        Assert.Contains("<form method=\"post\" class=\"factor-form\" data-factor=\"RF2\"", html, StringComparison.Ordinal);
        Assert.Single(FactorForm().Matches(html));
        Assert.Contains("href=\"?open=RF1#factor-RF1\">Edit RF1", html, StringComparison.Ordinal);
        Assert.Contains("href=\"?open=resilience#resilience-section\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"?open=RF3#factor-RF3\">Next: RF3 →</a>", html, StringComparison.Ordinal);
    }

    private static string VersionOf(string html, int row) =>
        Regex.Match(html, $"name=\"rows\\[{row}\\]\\.Version\" value=\"([0-9a-f]+)\"").Groups[1].Value;

    [Fact]
    public async Task PostFactor_RowChangedBySomeoneElseSinceOpened_SavesNothingShowsTheirValueAndKeepsYours()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("analyst@test.example");
        var id = await NewDraftAsync(server);
        var opened = await browser.GetStringAsync($"/assessments/{id}/edit?open=RF2", Ct);
        var (seen1, seen2) = (VersionOf(opened, 0), VersionOf(opened, 1));
        Assert.NotEmpty(seen1);

        // Someone else judges 2.1 and 2.2 after the page was opened.
        using var other = await server.ClientForAsync("colleague@test.example");
        using var theirs = await other.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/2.1", new { status = "present", severity = 3, notes = "Their finding" }, Ct);
        using var theirs2 = await other.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/2.2", new { status = "absent", notes = "Their other finding" }, Ct);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

        // The analyst changed 2.1 too (a conflict) and left 2.2 as it was shown (theirs stays, no conflict).
        using var response = await browser.PostFormAsync($"/assessments/{id}/edit", "Factor", new()
        {
            ["factor"] = "RF2",
            ["rows[0].IndicatorId"] = "2.1", ["rows[0].Status"] = "absent", ["rows[0].Notes"] = "My finding", ["rows[0].Version"] = seen1,
            ["rows[1].IndicatorId"] = "2.2", ["rows[1].Status"] = "notAssessed", ["rows[1].Version"] = seen2,
        }, cancellationToken: Ct);

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed 2.1 since you opened this page. Nothing in this section was saved", page, StringComparison.Ordinal);
        Assert.Matches("<p class=\"field-error stale\" id=\"ind-2-1-stale\" role=\"alert\">Changed by someone else since you opened the page — now: Present, [^<]*Their finding \\(by colleague@test.example", page);
        Assert.DoesNotContain("id=\"ind-2-2-stale\"", page, StringComparison.Ordinal);
        Assert.Contains(">My finding</textarea>", page, StringComparison.Ordinal);
        var stored = await StoredAsync(server, id);
        Assert.Equal("Their finding", stored.JudgementFor("2.1")!.Notes);
        Assert.Equal("Their other finding", stored.JudgementFor("2.2")!.Notes);

        // The form now carries their version: saving again replaces theirs knowingly.
        var current = VersionOf(page, 0);
        Assert.NotEqual(seen1, current);
        using var again = await browser.PostFormAsync($"/assessments/{id}/edit", "Factor", new()
        {
            ["factor"] = "RF2",
            ["rows[0].IndicatorId"] = "2.1", ["rows[0].Status"] = "absent", ["rows[0].Notes"] = "My finding", ["rows[0].Version"] = current,
        }, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My finding", (await StoredAsync(server, id)).JudgementFor("2.1")!.Notes);
    }

    [GeneratedRegex("<form method=\"post\" class=\"factor-form\"")]
    private static partial Regex FactorForm();
}
