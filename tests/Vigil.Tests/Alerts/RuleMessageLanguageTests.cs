using System.Net;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>A broken business rule is told in the page's language: the Chinese wording lives beside the rule.</summary>
public sealed class RuleMessageLanguageTests
{
    [Theory]
    [InlineData("en", "Countries are ISO 3166 alpha-3 codes.")]
    [InlineData("zh-Hans", "国家须为 ISO 3166 三字母代码。")]
    public async Task PostRule_BadCountryCode_ErrorInThePageLanguage(string culture, string expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var browser = await server.BrowserForAsync("admin@test.example", "admin");
        var ct = TestContext.Current.CancellationToken;

        using var response = await browser.PostFormAsync($"/alerts/rules?culture={culture}", null, new Dictionary<string, string>
        {
            ["Input.Name"] = "Civilian deaths in the region", ["Input.Countries"] = "CAF, NOTACODE", ["Input.MinimumScore"] = "3",
            ["Input.MinimumSeverity"] = "Moderate",
        }, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
