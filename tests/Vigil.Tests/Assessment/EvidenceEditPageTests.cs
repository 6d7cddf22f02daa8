using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Assessment;

/// <summary>The editor's "Edit" form of an evidence item: a plain form post (no script), antiforgery included.</summary>
public sealed class EvidenceEditPageTests
{
    /// <summary>
    /// A draft of the default analyst with one evidence item on <paramref name="target"/> (an indicator or a resilience dimension),
    /// hostile title and source identity included, and a browser signed in with <paramref name="role"/>.
    /// </summary>
    internal static async Task<(HttpClient Browser, Guid Id, Guid EvidenceId)> DraftWithEvidenceAsync(TestServer server, string role = "analyst", string target = "7.9")
    {
        var browser = await server.BrowserForAsync(role + "@test.example", role);
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Quarterly review", asOf = "2026-09-30" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var added = await server.Client.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/{target}",
            new { title = "Report <b>one</b>", url = "https://exmaple.org/typo", reliability = "C", credibility = 3, sourceIdentity = "Contact <i>K</i>" });
        var evidenceId = EvidenceOf(await added.Content.ReadFromJsonAsync<JsonElement>(), target).GetProperty("id").GetGuid();
        return (browser, id, evidenceId);
    }

    /// <summary>The single evidence item of an indicator ("7.9") or a resilience dimension ("P2") in an assessment's JSON.</summary>
    internal static JsonElement EvidenceOf(JsonElement assessment, string target) =>
        assessment.GetProperty(char.IsDigit(target[0]) ? "indicators" : "resilience").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == target).GetProperty("evidence").EnumerateArray().Single();

    /// <summary>Posts an evidence item's "Edit" form, which sits in the section <paramref name="factor"/> of the editor.</summary>
    internal static Task<HttpResponseMessage> PostEditAsync(HttpClient browser, Guid id, Guid evidenceId, Dictionary<string, string> fields, string factor = "RF7",
        string? tokenPage = null)
    {
        fields["factor"] = factor;
        return browser.PostFormAsync($"/assessments/{id}/edit?evidenceId={evidenceId}", "Evidence", fields, tokenPage, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Get_Draft_RendersPrefilledEditFormEncoded()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server);
        using var _ = browser;

        var page = await browser.GetStringAsync($"/assessments/{id}/edit?open=RF7", TestContext.Current.CancellationToken);

        // Its own form after the section's (forms cannot nest), with the antiforgery token; the fields join it by form="…".
        Assert.Matches(new Regex($"<form method=\"post\" id=\"ev-{evidenceId}-form\" action=\"/assessments/{id}/edit\\?evidenceId={evidenceId}&amp;handler=Evidence\">\\s*"
            + "<input type=\"hidden\" name=\"factor\" value=\"RF7\">\\s*<input name=\"__RequestVerificationToken\""), page);
        Assert.Contains($"name=\"evidence.Title\" type=\"text\" value=\"Report &lt;b&gt;one&lt;/b&gt;\" maxlength=\"500\" form=\"ev-{evidenceId}-form\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"evidence.SourceIdentity\" type=\"text\" value=\"Contact &lt;i&gt;K&lt;/i&gt;\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>one</b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>K</i>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"rows[0].Evidence.Title\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MonitorOfTheOrganisation_NeverSeesTheSourceIdentity()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, _) = await DraftWithEvidenceAsync(server, role: "monitor");
        using var _ = browser;

        var page = await browser.GetStringAsync($"/assessments/{id}/edit?open=RF7", TestContext.Current.CancellationToken);

        Assert.Contains("name=\"evidence.Title\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact", page, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence.SourceIdentity", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvidence_Valid_SavesInPlaceAndRedirects()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server);
        using var _ = browser;

        using var response = await PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Report one", ["evidence.Reference"] = "https://example.org/report", ["evidence.Date"] = "2026-09-02",
            ["evidence.Source"] = "ngo", ["evidence.Reliability"] = "B", ["evidence.Credibility"] = "2", ["evidence.SourceIdentity"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/assessments/{id}/edit?open=RF7#ind-7-9", response.Headers.Location?.OriginalString);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        var evidence = EvidenceOf(stored, "7.9");
        Assert.Equal(evidenceId, evidence.GetProperty("id").GetGuid());
        Assert.Equal("https://example.org/report", evidence.GetProperty("reference").GetString());
        Assert.Equal("B", evidence.GetProperty("reliability").GetString());
        Assert.False(evidence.GetProperty("hasSourceIdentity").GetBoolean());
        Assert.Equal("evidence edited", stored.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        // The audit log sees an update of the same row, with the source identity redacted.
        var ct = TestContext.Current.CancellationToken;
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var audit = await db.AuditLog.AsNoTracking().SingleAsync(a => a.RecordType == "EvidenceItem" && a.Action == "update", ct);
        Assert.Equal(evidenceId.ToString(), audit.RecordId);
        Assert.Contains("exmaple.org/typo", audit.Before, StringComparison.Ordinal);
        Assert.Contains("(confidential)", audit.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact", audit.Before + audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvidence_InvalidReliability_ShowsTheErrorAndChangesNothing()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await DraftWithEvidenceAsync(server);
        using var _ = browser;

        using var response = await PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Typed again", ["evidence.Reliability"] = "G", ["evidence.Credibility"] = "2",
        });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("evidence.reliability must be one letter A", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed again\"", page, StringComparison.Ordinal);
        var stored = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        var evidence = EvidenceOf(stored, "7.9");
        Assert.Equal("C", evidence.GetProperty("reliability").GetString());
        Assert.Equal("Contact <i>K</i>", evidence.GetProperty("sourceIdentity").GetString());
    }
}
