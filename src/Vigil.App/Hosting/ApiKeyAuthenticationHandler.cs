using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>
/// Signs in a request that carries a personal API key (X-Api-Key header, or Authorization: ApiKey …), or HTTP Basic with
/// the user name and an API key of that user as the password: what ODK Collect and KoboCollect send to an OpenRosa
/// server. A key, never the account password, so a device holds nothing that passes the second factor (decision record 0026).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<VigilDb> dbFactory, IUserClaimsPrincipalFactory<VigilUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim that marks a request signed in by a key, holding the key's id (to revoke it, and to refuse it new keys).</summary>
    public const string KeyIdClaim = "vigil:api_key";

    /// <summary>The id of the API key the request was signed in with; null for a session or a bearer token.</summary>
    public static Guid? KeyIdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(KeyIdClaim), out var id) ? id : null;

    public static string? KeyFrom(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(SchemeName.Length + 1)..].Trim()
            : BasicCredentials(request) is { } basic ? basic.Key : null;
    }

    /// <summary>The user name and key of an "Authorization: Basic" header; null when there is none or it is malformed.</summary>
    public static (string UserName, string Key)? BasicCredentials(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && colon < pair.Length - 1 ? (pair[..colon], pair[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = KeyFrom(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiKey.Hash(secret);
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, Context.RequestAborted);
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        if (key is null || !key.IsActive(now))
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked API key.");
        }
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == key.UserId, Context.RequestAborted);
        if (user is null || user.DisabledAt is not null)
        {
            return AuthenticateResult.Fail("The key's user is disabled.");
        }
        if (BasicCredentials(Request) is { } basic && !string.Equals(basic.UserName, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The key belongs to another user.");
        }
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            key.MarkUsed(now);
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        ClaimsPrincipal principal = await principals.CreateAsync(user);
        principal.Identities.First().AddClaim(new Claim(KeyIdClaim, key.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
