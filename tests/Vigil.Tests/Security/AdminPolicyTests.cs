using System.Net;
using System.Net.Http.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// One admin policy (<c>AdminPolicy</c>) behind the admin API groups and the admin pages: every other role gets 403 on both, the
/// pages' 403 on the site's layout (bearer token or session cookie alike); admins get in. Reading the alert rules stays open.
/// </summary>
public sealed class AdminPolicyTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private static readonly string[] AdminPages = ["/admin/users", "/admin/audit", "/alerts/rules", "/alerts/webhooks", "/reports/policy"];
    private static readonly string[] AdminApiReads = ["/api/v1/admin/users", "/api/v1/admin/audit", "/api/v1/admin/audit?format=csv", "/api/v1/alerts/webhooks"];

    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Monitor)]
    [InlineData(Roles.Viewer)]
    public async Task ApiAndPages_NotAdmin_ForbiddenAlike(string role)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await Server.ClientForAsync($"{role}@test.example", role: role);

        foreach (var path in AdminApiReads)
        {
            using var response = await client.GetAsync(path, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} GET {path}: {response.StatusCode}");
        }
        using (var rule = await client.PostAsJsonAsync("/api/v1/alerts/rules", new { name = "by " + role }, ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, rule.StatusCode);
        }
        using (var read = await client.GetAsync("/api/v1/alerts/rules", ct))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        foreach (var page in AdminPages)
        {
            using var response = await client.GetAsync(page, ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} GET {page}: {response.StatusCode}");
            Assert.Contains("<h1>Not allowed</h1>", html, StringComparison.Ordinal);
            Assert.Contains("class=\"site-nav\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ApiAndPages_Admin_Allowed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await Server.ClientForAsync("admin@test.example", role: Roles.Admin);

        foreach (var path in AdminApiReads.Concat(AdminPages))
        {
            using var response = await admin.GetAsync(path, ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"admin GET {path}: {response.StatusCode}");
            Assert.DoesNotContain("<h1>Not allowed</h1>", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
        using var rule = await admin.PostAsJsonAsync("/api/v1/alerts/rules", new { name = "by an admin" }, ct);
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
    }

    [Fact]
    public async Task SessionCookie_NotAdmin_PageAnswers403NotTheSignInRedirect()
    {
        var ct = TestContext.Current.CancellationToken;
        (await Server.ClientForAsync("monitor@test.example", role: Roles.Monitor)).Dispose();
        using var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = Server.Address };
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "monitor@test.example", ["Input.Password"] = TestServer.Password,
            ["__RequestVerificationToken"] = SignInTests.AntiforgeryToken(await browser.GetStringAsync("/login", ct)),
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        foreach (var page in AdminPages)
        {
            using var response = await browser.GetAsync(page, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {page}: {response.StatusCode} {response.Headers.Location}");
            Assert.Contains("<h1>Not allowed</h1>", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }
        using var api = await browser.GetAsync("/api/v1/admin/users", ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }
}
