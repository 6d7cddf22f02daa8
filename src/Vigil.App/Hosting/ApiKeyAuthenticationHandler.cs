using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>Signs in a request that carries a personal API key (X-Api-Key header, or Authorization: ApiKey …).</summary>
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
        // Perspective clients send their key in the query string; accepted there only, not on Vigil's own API.
        if (request.Path.StartsWithSegments("/v1alpha1") && request.Query["key"].ToString() is { Length: > 0 } query)
        {
            return query.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase) ? authorization[(SchemeName.Length + 1)..].Trim() : null;
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
