using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// A temporary password an admin gives (a new user, a reset) must be changed at first sign-in: until then the session
/// reaches only the password page and sign-out, and the API answers 403. The last sign-in is stored and shown.
/// </summary>
public sealed class PasswordChangeTests
{
    private const string NewPassword = "a passphrase of my very own";

    [Fact]
    public async Task SignIn_TemporaryPassword_HeldOnPasswordPageUntilChanged()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var password = await AddUserAsync(server, "field@test.example", ct);
        using var browser = await SignInAsync(server, "field@test.example", password, ct);

        foreach (var page in new[] { "/", "/alerts", "/admin/users", "/events" })
        {
            using var held = await browser.GetAsync(page, ct);
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            Assert.Equal("/account/password", held.Headers.Location?.OriginalString);
        }
        using var api = await browser.GetAsync("/api/v1/auth/me", ct);
        await AssertPasswordChangeRequiredAsync(api, ct);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/css/site.css", ct)).StatusCode);
        var english = await browser.GetStringAsync("/account/password", ct);
        Assert.Contains("id=\"must-change-password\">Your password is a temporary one an admin gave you.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"site-nav\"", english, StringComparison.Ordinal);
        var chinese = await browser.GetStringAsync("/account/password?culture=zh-Hans", ct);
        Assert.Contains("您的密码是管理员提供的临时密码。", chinese, StringComparison.Ordinal);

        using var same = await browser.PostFormAsync("/account/password", null, new() { ["Input.Current"] = password, ["Input.New"] = password }, cancellationToken: ct);
        Assert.Contains("The new password must differ from the current one.", await same.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.True((await AdminUsersPageTests.UserAsync(server, "field@test.example", ct)).MustChangePassword);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/", ct)).StatusCode);

        using var changed = await browser.PostFormAsync("/account/password", null, new() { ["Input.Current"] = password, ["Input.New"] = NewPassword }, cancellationToken: ct);
        var done = await changed.Content.ReadAsStringAsync(ct);
        Assert.Contains("Your password was changed.", done, StringComparison.Ordinal);
        Assert.DoesNotContain("must-change-password", done, StringComparison.Ordinal);
        Assert.False((await AdminUsersPageTests.UserAsync(server, "field@test.example", ct)).MustChangePassword);
        Assert.Contains("class=\"site-nav\"", await browser.GetStringAsync("/alerts", ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.False(string.IsNullOrEmpty(await server.TokenAsync("field@test.example", NewPassword)));
    }

    [Fact]
    public async Task Token_TemporaryPassword_Refused403ButWrongPasswordStill401()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var password = await AddUserAsync(server, "field@test.example", ct);
        using var anonymous = new HttpClient { BaseAddress = server.Address };

        using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "field@test.example", password = "not the password at all" }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var temporary = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "field@test.example", password }, ct);
        await AssertPasswordChangeRequiredAsync(temporary, ct);
        Assert.Null((await AdminUsersPageTests.UserAsync(server, "field@test.example", ct)).LastSignInAt);
    }

    [Fact]
    public async Task ApiKey_PasswordResetByAdmin_RevokedForGood()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        // The analyst chose their own password (the command line's add): never flagged, not even after changing it.
        var analyst = await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct);
        Assert.False(analyst.MustChangePassword);
        using var keyClient = await SignInTests.KeyClientAsync(server);

        using var reset = await admin.PostAsync($"/api/v1/admin/users/{analyst.Id}/reset-password", null, ct);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("temporaryPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/countries", ct)).StatusCode);
        using var browser = await SignInAsync(server, "analyst@test.example", temporary, ct);
        using var changed = await browser.PostFormAsync("/account/password", null, new() { ["Input.Current"] = temporary, ["Input.New"] = NewPassword }, cancellationToken: ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // Whoever learnt the old password may have made the key: choosing a new password does not revive it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/countries", ct)).StatusCode);
        Assert.False((await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct)).MustChangePassword);
    }

    [Fact]
    public async Task ApiKey_OwnPasswordChange_RevokesKeysKeepsThisSession()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var keyClient = await SignInTests.KeyClientAsync(server);
        using var browser = await SignInAsync(server, "analyst@test.example", TestServer.Password, ct);

        using var changed = await browser.PostFormAsync("/account/password", null, new() { ["Input.Current"] = TestServer.Password, ["Input.New"] = NewPassword }, cancellationToken: ct);
        Assert.Contains("Your password was changed.", await changed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/countries", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me", ct)).StatusCode);
    }

    [Fact]
    public async Task LastSignIn_CookieAndToken_StoredAndShownNeverWhenNone()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        var password = await AddUserAsync(server, "field@test.example", ct, admin);
        var field = await AdminUsersPageTests.UserAsync(server, "field@test.example", ct);

        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/users", ct);
        Assert.Equal(JsonValueKind.Null, Row(users, "field@test.example").GetProperty("lastSignInAt").ValueKind);
        Assert.True(Row(users, "field@test.example").GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(JsonValueKind.String, Row(users, "admin@test.example").GetProperty("lastSignInAt").ValueKind);
        var page = await admin.GetStringAsync("/admin/users", ct);
        Assert.Matches($"<tr id=\"user-{field.Id}\">(?:(?!</tr>).)*temporary password: not yet changed(?:(?!</tr>).)*<td class=\"last-sign-in\">never</td>",
            page.ReplaceLineEndings(" "));
        Assert.Contains("<td class=\"last-sign-in\">从未</td>", await admin.GetStringAsync("/admin/users?culture=zh-Hans", ct), StringComparison.Ordinal);

        var before = DateTime.UtcNow.AddSeconds(-1);
        (await SignInAsync(server, "field@test.example", password, ct)).Dispose();
        var signedIn = (await AdminUsersPageTests.UserAsync(server, "field@test.example", ct)).LastSignInAt;
        Assert.InRange(signedIn!.Value, before, DateTime.UtcNow.AddSeconds(1));
        var shown = await admin.GetStringAsync("/admin/users", ct);
        Assert.Matches($"<tr id=\"user-{field.Id}\">(?:(?!</tr>).)*<td class=\"last-sign-in\">\\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</td>", shown.ReplaceLineEndings(" "));

        var analystBefore = (await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct)).LastSignInAt;
        await Task.Delay(20, ct);
        await server.TokenAsync("analyst@test.example", TestServer.Password);
        Assert.True((await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct)).LastSignInAt > analystBefore);
    }

    /// <summary>An admin of "Test office" adds the user through the API; the temporary password.</summary>
    private static async Task<string> AddUserAsync(TestServer server, string email, CancellationToken ct, HttpClient? admin = null)
    {
        using var created = admin is null ? await server.ClientForAsync("admin@test.example", role: Roles.Admin) : null;
        using var response = await (admin ?? created!).PostAsJsonAsync("/api/v1/admin/users", new { email, role = Roles.Analyst }, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("temporaryPassword").GetString()!;
    }

    /// <summary>Signs in through the login page: a cookie session that does not follow redirects.</summary>
    private static async Task<HttpClient> SignInAsync(TestServer server, string email, string password, CancellationToken ct)
    {
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var browser = new HttpClient(handler, disposeHandler: true) { BaseAddress = server.Address };
        using var signIn = await browser.PostFormAsync("/login", null, new() { ["Input.Email"] = email, ["Input.Password"] = password }, cancellationToken: ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private static JsonElement Row(JsonElement users, string email) =>
        users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == email);

    /// <summary><paramref name="password"/> is the user's temporary password: right (not 401) but buying no token until changed.</summary>
    internal static async Task AssertTemporaryPasswordAsync(TestServer server, string email, string password, CancellationToken ct)
    {
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, ct);
        await AssertPasswordChangeRequiredAsync(response, ct);
    }

    /// <summary>The right password, refused because it is temporary: 403 with a problem that says so.</summary>
    internal static async Task AssertPasswordChangeRequiredAsync(HttpResponseMessage response, CancellationToken ct)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(problem.GetProperty("passwordChangeRequired").GetBoolean());
        Assert.Contains("/account/password", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
