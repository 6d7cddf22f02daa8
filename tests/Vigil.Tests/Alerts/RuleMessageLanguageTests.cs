using System.Net;
using Vigil.Tests.Infrastructure;
using Vigil.Tests.Security;

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
        (await server.ClientForAsync("admin@test.example", role: "admin")).Dispose();
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler, disposeHandler: true) { BaseAddress = server.Address };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", await server.TokenAsync("admin@test.example", TestServer.Password));
        var ct = TestContext.Current.CancellationToken;
        var token = SignInTests.AntiforgeryToken(await browser.GetStringAsync($"/alerts/rules?culture={culture}", ct));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Civilian deaths in the region", ["Input.Countries"] = "CAF, NOTACODE", ["Input.MinimumScore"] = "3",
            ["Input.MinimumSeverity"] = "Moderate", ["__RequestVerificationToken"] = token,
        });
        using var response = await browser.PostAsync($"/alerts/rules?culture={culture}", form, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
