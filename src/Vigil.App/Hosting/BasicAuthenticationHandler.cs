using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>
/// HTTP Basic for OpenRosa clients (ODK Collect, KoboCollect), which speak Basic or Digest only. The password is a personal API key
/// (recommended: it can be revoked on its own, and is the only way in for an account with two-factor sign-in) or the account's
/// password (refused for accounts with two-factor sign-in, counted towards lockout). Only over TLS off the loopback interface
/// (the host redirects to HTTPS there). Decision record 0026.
/// </summary>
public sealed class BasicAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<VigilDb> dbFactory, UserManager<VigilUser> users, IUserClaimsPrincipalFactory<VigilUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    public static bool IsBasic(HttpRequest request) => request.Headers.Authorization.ToString().StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization.ToString(), out var header)
            || !header.Scheme.Equals(SchemeName, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return AuthenticateResult.NoResult();
        }
        string user, password;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return AuthenticateResult.Fail("Malformed Basic credentials.");
            }
            (user, password) = (pair[..colon], pair[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var hash = ApiKey.Hash(password);
        VigilUser? account;
        if (await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, Context.RequestAborted) is { } key)
        {
            if (!key.IsActive(now))
            {
                return AuthenticateResult.Fail("Expired or revoked API key.");
            }
            account = await users.FindByIdAsync(key.UserId.ToString());
        }
        else
        {
            account = await users.FindByNameAsync(user) ?? await users.FindByEmailAsync(user);
            if (account is null || account.TwoFactorEnabled || await users.IsLockedOutAsync(account))
            {
                return AuthenticateResult.Fail("Unknown user, locked out, or two-factor sign-in (use an API key).");
            }
            if (!await users.CheckPasswordAsync(account, password))
            {
                await users.AccessFailedAsync(account);
                return AuthenticateResult.Fail("Wrong password.");
            }
            await users.ResetAccessFailedCountAsync(account);
        }
        if (account is null || account.DisabledAt is not null)
        {
            return AuthenticateResult.Fail("The user is disabled.");
        }
        ClaimsPrincipal principal = await principals.CreateAsync(account);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Vigil\", charset=\"UTF-8\"";
        Response.Headers["X-OpenRosa-Version"] = "1.0";
        return Task.CompletedTask;
    }
}
