using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>/admin/users: an admin lists, adds (temporary password shown once), re-roles, disables, enables and resets the password of the people of their own organisation.</summary>
public sealed class AdminUsersPageTests
{
    private const string Page = "/admin/users";

    [Fact]
    public async Task Get_Admin_ListsOnlyOwnOrganisationAndNonAdminForbidden()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        (await server.ClientForAsync("outsider@un.example", "UN office", Roles.Admin)).Dispose();

        var page = await admin.GetStringAsync(Page, ct);

        Assert.Contains("id=\"user-list\"", page, StringComparison.Ordinal);
        Assert.Contains("admin@test.example", page, StringComparison.Ordinal);
        Assert.Contains("analyst@test.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain("outsider@un.example", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", await admin.GetStringAsync("/alerts", ct), StringComparison.Ordinal);
        using var forbidden = await server.Client.GetAsync(Page, ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("admin@test.example", await forbidden.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", await server.Client.GetStringAsync("/alerts", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAdd_NewUser_PasswordShownOnceAndSignsIn()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);

        using var added = await PostFormAsync(browser, "Add", new() { ["Input.Email"] = "field@test.example", ["Input.Role"] = Roles.Monitor });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.True(added.Headers.CacheControl?.NoStore);
        var page = await added.Content.ReadAsStringAsync(ct);
        var password = Regex.Match(page, "id=\"temporary-password\" class=\"secret-value\" type=\"text\" readonly value=\"([^\"]+)\"").Groups[1].Value;
        Assert.True(password.Length >= 12, "No temporary password on the page.");
        Assert.Contains("shown only this once", page, StringComparison.Ordinal);
        await PasswordChangeTests.AssertTemporaryPasswordAsync(server, "field@test.example", password, ct);
        var user = await UserAsync(server, "field@test.example", ct);
        Assert.Equal(Roles.Monitor, user.Role);
        Assert.Equal((await UserAsync(server, "admin@test.example", ct)).OrganizationId, user.OrganizationId);
        Assert.DoesNotContain(password, await browser.GetStringAsync(Page, ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAdd_BadEmail_RejectedNamingTheField()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);

        using var response = await PostFormAsync(browser, "Add", new() { ["Input.Email"] = "not an <b>address</b>", ["Input.Role"] = Roles.Viewer });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"user-email-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"user-email-error\">&#x27;not an &lt;b&gt;address&lt;/b&gt;&#x27; is not an e-mail address.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>address</b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("temporary-password", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRoleDisableEnable_OwnUser_ChangesAndEndsTheirTokens()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);
        var analyst = await UserAsync(server, "analyst@test.example", ct);

        using var changed = await PostFormAsync(browser, "Role", new() { ["id"] = analyst.Id.ToString(), ["role"] = Roles.Reviewer });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(Roles.Reviewer, (await UserAsync(server, "analyst@test.example", ct)).Role);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);

        using var disabled = await PostFormAsync(browser, "Disable", new() { ["id"] = analyst.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        var listed = await browser.GetStringAsync(Page, ct);
        Assert.Contains("Disabled analyst@test.example", listed, StringComparison.Ordinal);
        Assert.Contains("class=\"status-badge user-disabled\"", listed, StringComparison.Ordinal);

        using var enabled = await PostFormAsync(browser, "Enable", new() { ["id"] = analyst.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.False(string.IsNullOrEmpty(await server.TokenAsync("analyst@test.example", TestServer.Password)));
    }

    [Fact]
    public async Task PostReset_OwnUser_NewPasswordShownOnceAndOldOneAndTokensEnd()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);
        var analyst = await UserAsync(server, "analyst@test.example", ct);
        var admin = await UserAsync(server, "admin@test.example", ct);

        using var reset = await PostFormAsync(browser, "Reset", new() { ["id"] = analyst.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.True(reset.Headers.CacheControl?.NoStore);
        var page = await reset.Content.ReadAsStringAsync(ct);
        Assert.Contains("Password reset", page, StringComparison.Ordinal);
        var password = Regex.Match(page, "id=\"temporary-password\" class=\"secret-value\" type=\"text\" readonly value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        await PasswordChangeTests.AssertTemporaryPasswordAsync(server, "analyst@test.example", password, ct);
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        using var old = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "analyst@test.example", password = TestServer.Password }, ct);
        Assert.NotEqual(HttpStatusCode.OK, old.StatusCode);

        using var self = await PostFormAsync(browser, "Reset", new() { ["id"] = admin.Id.ToString() });
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.DoesNotContain("temporary-password", await self.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDisableAndRole_SelfAndLastAdmin_RefusedWithTheRule()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);
        var admin = await UserAsync(server, "admin@test.example", ct);

        using var self = await PostFormAsync(browser, "Disable", new() { ["id"] = admin.Id.ToString() });
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("You cannot disable your own account", await self.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var selfInChinese = await browser.PostFormAsync(Page + "?culture=zh-Hans", "Disable", new() { ["id"] = admin.Id.ToString() }, cancellationToken: ct);
        Assert.Contains("不能停用自己的账户：请由本组织的另一位管理员操作。", WebUtility.HtmlDecode(await selfInChinese.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);

        using var last = await PostFormAsync(browser, "Role", new() { ["id"] = admin.Id.ToString(), ["role"] = Roles.Analyst });
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        var page = await last.Content.ReadAsStringAsync(ct);
        Assert.Contains($"id=\"user-error-{admin.Id}\">admin@test.example is the last active admin", page, StringComparison.Ordinal);

        var stored = await UserAsync(server, "admin@test.example", ct);
        Assert.Equal(Roles.Admin, stored.Role);
        Assert.Null(stored.DisabledAt);
    }

    [Fact]
    public async Task Post_AnotherOrganisationsUser_NotFoundAndUnchanged()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var browser = await BrowserAsync(server);
        using var outsider = await server.ClientForAsync("outsider@un.example", "UN office", Roles.Analyst);
        var id = (await UserAsync(server, "outsider@un.example", ct)).Id.ToString();

        using var role = await PostFormAsync(browser, "Role", new() { ["id"] = id, ["role"] = Roles.Admin });
        using var disable = await PostFormAsync(browser, "Disable", new() { ["id"] = id });
        using var enable = await PostFormAsync(browser, "Enable", new() { ["id"] = id });
        using var reset = await PostFormAsync(browser, "Reset", new() { ["id"] = id });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [role.StatusCode, disable.StatusCode, enable.StatusCode, reset.StatusCode]);
        var stored = await UserAsync(server, "outsider@un.example", ct);
        Assert.Equal(Roles.Analyst, stored.Role);
        Assert.Null(stored.DisabledAt);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/api/v1/auth/me", ct)).StatusCode);
    }

    internal static async Task<VigilUser> UserAsync(TestServer server, string email, CancellationToken ct)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, ct);
    }

    /// <summary>An admin of "Test office" whose client keeps cookies (the antiforgery cookie), as a browser does.</summary>
    private static Task<HttpClient> BrowserAsync(TestServer server) => server.BrowserForAsync("admin@test.example", Roles.Admin);

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string handler, Dictionary<string, string> fields) =>
        browser.PostFormAsync(Page, handler, fields);
}
