using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// Two-factor sign-in (README, Security): an authenticator app enrolled from the key the page shows, a second sign-in step
/// (code or recovery code, each recovery code once), the token endpoint asking for the code, the organisation's requirement
/// and the rule for admins holding a user to enrolment, the demo's admin excepted.
/// </summary>
public sealed partial class TwoFactorTests
{
    private const string Member = "analyst@test.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enrolment_CodeComputedFromTheShownKey_TurnsItOnShowsRecoveryCodesOnceRevokesOlderKeys()
    {
        await using var server = await StartAsync();
        using var olderKey = await SignInTests.KeyClientAsync(server);
        using var browser = await SignedInBrowserAsync(server, Member);

        var page = await browser.GetStringAsync("/account/two-factor", Ct);
        Assert.Contains("src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        var key = KeyOn(page);
        Assert.Equal(key, KeyOn(await browser.GetStringAsync("/account/two-factor", Ct))); // a reload shows the same key

        using var wrong = await browser.PostFormAsync("/account/two-factor", "Enable", new() { ["code"] = OtherCode(key) }, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await AdminUsersPageTests.UserAsync(server, Member, Ct)).TwoFactorEnabled);

        using var right = await browser.PostFormAsync("/account/two-factor", "Enable", new() { ["code"] = Totp(key) }, cancellationToken: Ct);
        var shown = await right.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(10, RecoveryCodesOn(shown).Count);
        Assert.True((await AdminUsersPageTests.UserAsync(server, Member, Ct)).TwoFactorEnabled);

        // This session goes on; the codes are not shown again; the key made without the second factor no longer works.
        var later = await browser.GetStringAsync("/account/two-factor", Ct);
        Assert.Contains("Two-factor sign-in is on", later, StringComparison.Ordinal);
        Assert.Empty(RecoveryCodesOn(later));
        Assert.Contains("双重身份验证登录已开启", await browser.GetStringAsync("/account/two-factor?culture=zh-Hans", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await olderKey.GetAsync("/api/v1/auth/me", Ct)).StatusCode);

        // The audit trail records the change, never the key nor the codes.
        var audit = await AuditTextAsync(server);
        Assert.Matches("VigilUser update \\{[^}]*\"TwoFactorEnabled\":false\\} \\{[^}]*\"TwoFactorEnabled\":true\\}", audit);
        Assert.DoesNotContain(key, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(RecoveryCodesOn(shown)[0], audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTwoFactor_PasswordAloneIsNotEnoughTheCodeFinishesIt()
    {
        await using var server = await StartAsync();
        var (key, _) = await EnrolAsync(server, Member);
        using var browser = NewBrowser(server);

        using var password = await PostLoginAsync(browser, Member);
        Assert.Equal("/login/two-factor", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/alerts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        Assert.Contains("登录第二步", await browser.GetStringAsync("/login/two-factor?culture=zh-Hans", Ct), StringComparison.Ordinal);

        using var wrong = await browser.PostFormAsync("/login/two-factor", null, new() { ["Code"] = OtherCode(key) }, cancellationToken: Ct);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me", Ct)).StatusCode);

        using var right = await browser.PostFormAsync("/login/two-factor", null, new() { ["Code"] = Totp(key) }, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_RecoveryCode_WorksOnceAndIsAudited()
    {
        await using var server = await StartAsync();
        var (_, codes) = await EnrolAsync(server, Member);
        using (var first = NewBrowser(server))
        {
            (await PostLoginAsync(first, Member)).Dispose();
            // Typed in lower case, with spaces around: still the code.
            using var used = await first.PostFormAsync("/login/two-factor", null, new() { ["Code"] = $" {codes[0].ToLowerInvariant()} " }, cancellationToken: Ct);
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
            Assert.Contains("Unused recovery codes: 9.", await first.GetStringAsync("/account/two-factor", Ct), StringComparison.Ordinal);
        }
        using var second = NewBrowser(server);
        (await PostLoginAsync(second, Member)).Dispose();
        using var again = await second.PostFormAsync("/login/two-factor", null, new() { ["Code"] = codes[0] }, cancellationToken: Ct);
        Assert.Contains("it was used already", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        // Enrolling created the tokens (key, codes); using a code updated them.
        Assert.Contains("IdentityUserToken`1 update {\"Value\":\"(secret)\"}", await AuditTextAsync(server), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_AcceptedOnceAndTheKeyIsNotStoredInClear()
    {
        await using var server = await StartAsync();
        var (key, _) = await EnrolAsync(server, Member);
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        var code = Totp(key);

        using var first = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var replayed = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code }, Ct);
        await AssertProblemAsync(replayed, HttpStatusCode.Unauthorized, "twoFactorRequired");
        // The enrolment's own step is behind the accepted one: refused too.
        using var older = await anonymous.PostAsJsonAsync("/api/v1/auth/token",
            new { email = Member, password = TestServer.Password, code = Totp(key, DateTimeOffset.UtcNow.AddSeconds(-30)) }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, older.StatusCode);
        using var browser = NewBrowser(server);
        (await PostLoginAsync(browser, Member)).Dispose();
        using var inBrowser = await browser.PostFormAsync("/login/two-factor", null, new() { ["Code"] = code }, cancellationToken: Ct);
        Assert.Contains("That code is not right", await inBrowser.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct);
        var stored = await db.Set<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().AsNoTracking()
            .Where(t => t.Name == "AuthenticatorKey").Select(t => t.Value).ToListAsync(Ct);
        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.DoesNotContain(key, value ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_WithTwoFactor_RefusedWithoutOrWithAWrongCodeIssuedWithTheCode()
    {
        await using var server = await StartAsync();
        var (key, codes) = await EnrolAsync(server, Member);
        using var anonymous = new HttpClient { BaseAddress = server.Address };

        using var without = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password }, Ct);
        await AssertProblemAsync(without, HttpStatusCode.Unauthorized, "twoFactorRequired");
        using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code = OtherCode(key) }, Ct);
        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "twoFactorRequired");
        using var wrongPassword = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = "not the password at all", code = Totp(key) }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);

        using var right = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code = Totp(key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        using var recovery = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code = codes[1] }, Ct);
        Assert.Equal(HttpStatusCode.OK, recovery.StatusCode);
        using var reused = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password, code = codes[1] }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [Fact]
    public async Task Organization_RequiresTwoFactor_MemberHeldToEnrolmentTokensAndKeysRefusedUntilEnrolled()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var keyClient = await SignInTests.KeyClientAsync(server);
        using var admin = await server.BrowserForAsync("admin@test.example", Roles.Admin);

        using var missing = await admin.PutAsJsonAsync("/api/v1/admin/organization/two-factor", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("required", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var required = await admin.PostFormAsync("/admin/users", "TwoFactor", new() { ["required"] = "true" }, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Redirect, required.StatusCode);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct))
        {
            Assert.True(await db.Organizations.AsNoTracking().Where(o => o.Name == "Test office").Select(o => o.RequireTwoFactor).SingleAsync(Ct));
        }
        // Every member: the admin who set it too.
        await AssertProblemAsync(await admin.GetAsync("/api/v1/auth/me", Ct), HttpStatusCode.Forbidden, "twoFactorEnrolmentRequired");

        await AssertProblemAsync(await keyClient.GetAsync("/api/v1/countries", Ct), HttpStatusCode.Forbidden, "twoFactorEnrolmentRequired");
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = TestServer.Password }, Ct),
            HttpStatusCode.Forbidden, "twoFactorEnrolmentRequired");
        using var browser = await SignedInBrowserAsync(server, Member);
        using var held = await browser.GetAsync("/alerts", Ct);
        Assert.Equal("/account/two-factor", held.Headers.Location?.OriginalString);
        var enrolment = await browser.GetStringAsync("/account/two-factor", Ct);
        Assert.Contains("id=\"must-enrol\"", enrolment, StringComparison.Ordinal);

        using var enabled = await browser.PostFormAsync("/account/two-factor", "Enable", new() { ["code"] = Totp(KeyOn(enrolment)) }, cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/alerts", Ct)).StatusCode);
        using var off = await browser.PostFormAsync("/account/two-factor", "Disable", [], cancellationToken: Ct);
        Assert.Equal(HttpStatusCode.Conflict, off.StatusCode);
        Assert.True((await AdminUsersPageTests.UserAsync(server, Member, Ct)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Admin_ByDefault_HeldToEnrolmentButTheDemoAdminIsExceptedWithANotice()
    {
        await using var server = await StartAsync(exempt: "demo-admin@test.example");
        await AddAsync(server, "admin@test.example", Roles.Admin);
        await AddAsync(server, "demo-admin@test.example", Roles.Admin);
        using var anonymous = new HttpClient { BaseAddress = server.Address };

        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "admin@test.example", password = TestServer.Password }, Ct),
            HttpStatusCode.Forbidden, "twoFactorEnrolmentRequired");
        using var admin = await SignedInBrowserAsync(server, "admin@test.example");
        using var held = await admin.GetAsync("/admin/users", Ct);
        Assert.Equal("/account/two-factor", held.Headers.Location?.OriginalString);

        using var demo = await SignedInBrowserAsync(server, "demo-admin@test.example");
        var home = await demo.GetStringAsync("/", Ct);
        Assert.Contains("id=\"two-factor-exempt\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await demo.GetAsync("/admin/users", Ct)).StatusCode);
        using var member = await SignedInBrowserAsync(server, Member);
        Assert.DoesNotContain("two-factor-exempt", await member.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetByAdmin_LostAuthenticator_TurnsTwoFactorOff()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var (key, _) = await EnrolAsync(server, Member);
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        var member = await AdminUsersPageTests.UserAsync(server, Member, Ct);

        using var reset = await admin.PostAsync($"/api/v1/admin/users/{member.Id}/reset-password", null, Ct);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await AdminUsersPageTests.UserAsync(server, Member, Ct)).TwoFactorEnabled);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<VigilUser>>();
            var stored = await users.FindByEmailAsync(Member);
            Assert.NotEqual(key, await users.GetAuthenticatorKeyAsync(stored!));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(stored!));
        }
        // The temporary password asks for no code: the user changes it, then enrols again if required.
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("temporaryPassword").GetString()!;
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        await AssertProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = Member, password = temporary }, Ct),
            HttpStatusCode.Forbidden, "passwordChangeRequired");
    }

    /// <summary>A server where admins must use two-factor sign-in, as in production (TestServer turns that off for the other tests).</summary>
    private static Task<TestServer> StartAsync(string? exempt = null) =>
        TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Configuration["Vigil:TwoFactor:RequiredForAdmins"] = "true";
            b.Configuration["Vigil:TwoFactor:ExemptUser"] = exempt;
        });

    private static async Task AddAsync(TestServer server, string email, string role)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(email, "Test office", role, TestServer.Password, OrganizationKind.Un), Ct);
    }

    /// <summary>Turns on two-factor sign-in for <paramref name="email"/> through the page; the key and the recovery codes shown.</summary>
    private static async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync(TestServer server, string email)
    {
        using var browser = await SignedInBrowserAsync(server, email);
        var key = KeyOn(await browser.GetStringAsync("/account/two-factor", Ct));
        // The code of the step before (within the allowed drift): a code is accepted once, so the tests' sign-ins use the current one.
        using var enabled = await browser.PostFormAsync("/account/two-factor", "Enable", new() { ["code"] = Totp(key, DateTimeOffset.UtcNow.AddSeconds(-30)) }, cancellationToken: Ct);
        var codes = RecoveryCodesOn(await enabled.Content.ReadAsStringAsync(Ct));
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    private static HttpClient NewBrowser(TestServer server) =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }, disposeHandler: true) { BaseAddress = server.Address };

    /// <summary>A browser signed in with the password only (the user has no second factor yet).</summary>
    private static async Task<HttpClient> SignedInBrowserAsync(TestServer server, string email)
    {
        var browser = NewBrowser(server);
        using var signIn = await PostLoginAsync(browser, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.NotEqual("/login/two-factor", signIn.Headers.Location?.OriginalString);
        return browser;
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string email) =>
        browser.PostFormAsync("/login", null, new() { ["Input.Email"] = email, ["Input.Password"] = TestServer.Password }, cancellationToken: Ct);

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string flag)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty(flag).GetBoolean());
        }
    }

    /// <summary>The audit log, one "type action before after" line per entry.</summary>
    private static async Task<string> AuditTextAsync(TestServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct);
        var entries = await db.AuditLog.AsNoTracking().ToListAsync(Ct);
        return string.Join('\n', entries.Select(e => $"{e.RecordType} {e.Action} {e.Before} {e.After}"));
    }

    private static string KeyOn(string html)
    {
        var match = KeyPattern().Match(html);
        Assert.True(match.Success, "The page shows no authenticator key.");
        return match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    private static List<string> RecoveryCodesOn(string html) => [.. RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>RFC 6238 as authenticator apps compute it: HMAC-SHA1 of the 30-second step count, dynamic truncation, 6 digits.</summary>
    internal static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        // SHA-1 is what authenticator apps (and Identity's provider) use for TOTP; an HMAC, not a collision-resistance use.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is not the key's now nor in the steps around (the server accepts a little clock drift).</summary>
    private static string OtherCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(s => Totp(key, DateTimeOffset.UtcNow.AddSeconds(30 * s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !near.Contains(c));
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex("id=\"authenticator-key\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
