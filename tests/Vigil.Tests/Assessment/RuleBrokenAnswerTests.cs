using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Assessment;

/// <summary>
/// One mapping from a broken business rule to an HTTP answer (<c>DomainRuleExceptionHandler</c>): the API and the editor's
/// script-driven saves (a page post asking for JSON) answer the same rule with the same problem.
/// </summary>
public sealed class RuleBrokenAnswerTests
{
    [Fact]
    public async Task ApiAndEditorJson_SameBrokenRule_SameProblem()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (browser, id, evidenceId) = await EvidenceEditPageTests.DraftWithEvidenceAsync(server);
        using var _ = browser;
        var ct = TestContext.Current.CancellationToken;

        using var api = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/evidence/{evidenceId}",
            new { title = "Typed again", reliability = "G", credibility = 2 }, ct);
        browser.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var page = await EvidenceEditPageTests.PostEditAsync(browser, id, evidenceId, new()
        {
            ["evidence.Title"] = "Typed again", ["evidence.Reliability"] = "G", ["evidence.Credibility"] = "2",
        });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (api.StatusCode, page.StatusCode));
        Assert.Equal("application/problem+json", page.Content.Headers.ContentType?.MediaType);
        var fromApi = await api.Content.ReadFromJsonAsync<JsonElement>(ct);
        var fromPage = await page.Content.ReadFromJsonAsync<JsonElement>(ct);
        foreach (var problem in new[] { fromApi, fromPage })
        {
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("One or more fields are invalid.", problem.GetProperty("title").GetString());
            var field = Assert.Single(problem.GetProperty("errors").EnumerateObject());
            Assert.Equal(problem.GetProperty("detail").GetString(), field.Value[0].GetString());
            Assert.Contains("reliability must be one letter A", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(Assert.Single(fromApi.GetProperty("errors").EnumerateObject()).Name, Assert.Single(fromPage.GetProperty("errors").EnumerateObject()).Name);
    }
}
