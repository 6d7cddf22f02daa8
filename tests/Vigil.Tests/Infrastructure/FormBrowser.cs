using System.Net;
using Vigil.Security;
using Vigil.Tests.Security;

namespace Vigil.Tests.Infrastructure;

/// <summary>
/// Posting the pages' forms as a browser does: a client that keeps cookies (the antiforgery cookie) and does not
/// follow redirects, and a post that first reads the form's antiforgery token from the page.
/// </summary>
public static class FormBrowser
{
    /// <summary>A user of <paramref name="organization"/> (created if new) with a bearer token and a cookie jar.</summary>
    public static async Task<HttpClient> BrowserForAsync(this TestServer server, string email, string role = Roles.Analyst, string organization = "Test office")
    {
        (await server.ClientForAsync(email, organization, role)).Dispose();
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var browser = new HttpClient(handler, disposeHandler: true) { BaseAddress = server.Address };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", await server.TokenAsync(email, TestServer.Password));
        return browser;
    }

    /// <summary>
    /// Reads the antiforgery token from <paramref name="page"/> (or from <paramref name="tokenPage"/>, for a post a page no longer offers
    /// a form for), then posts <paramref name="fields"/> to it (to <c>handler</c> when given).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string page, string? handler, Dictionary<string, string> fields,
        string? tokenPage = null, CancellationToken cancellationToken = default)
    {
        fields["__RequestVerificationToken"] = SignInTests.AntiforgeryToken(await browser.GetStringAsync(tokenPage ?? page, cancellationToken));
        using var form = new FormUrlEncodedContent(fields);
        var target = handler is null ? page : $"{page}{(page.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await browser.PostAsync(target, form, cancellationToken);
    }
}
