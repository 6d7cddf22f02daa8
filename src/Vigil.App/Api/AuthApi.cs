using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.App.Hosting;
using Vigil.App.Pages.Account;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class AuthApi
{
    /// <summary>E-mail and password; <see cref="Code"/> is the second factor (an authenticator code or a recovery code) of a user who turned it on.</summary>
    public sealed record TokenRequest([property: Required] string? Email, [property: Required] string? Password, string? Code = null);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record KeyRequest(string? Name, DateTime? ExpiresAt);

    /// <summary>The answer to creating a key: the only one that carries the key itself.</summary>
    public sealed record CreatedKeyView(Guid Id, string Name, string Key, DateTime? ExpiresAt);

    public sealed record KeyView(Guid Id, string Name, string Hint, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

    public sealed record MeView(Guid Id, string Email, string Role, Guid OrganizationId);

    public static void MapAuth(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication");

        group.MapPost("/token", async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> (TokenRequest body, UserManager<VigilUser> users, SignInManager<VigilUser> signIn,
                RecordSignIn recordSignIn, CheckSecondFactor secondFactor, TwoFactorRule twoFactor, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time,
                CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["email and password are required."] });
                }
                var user = await users.FindByEmailAsync(body.Email.Trim());
                if (user is null || user.DisabledAt is not null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong e-mail or password.");
                }
                var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
                if (check.IsLockedOut)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "Too many failed attempts; the account is locked for a while.");
                }
                if (!check.Succeeded)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong e-mail or password.");
                }
                // A temporary password buys no token (it could do nothing but be refused): the user changes it on the page first.
                if (user.MustChangePassword)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: AccountText.MustChangePasswordApi,
                        extensions: new Dictionary<string, object?> { ["passwordChangeRequired"] = true });
                }
                // A token is a session without a browser: it too is issued only after the second factor (README, Security).
                if (user.TwoFactorEnabled)
                {
                    if (string.IsNullOrWhiteSpace(body.Code) || !await secondFactor.RunAsync(user, body.Code))
                    {
                        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                            title: string.IsNullOrWhiteSpace(body.Code) ? AccountText.TwoFactorCodeApi : AccountText.TwoFactorWrongApi,
                            extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
                    }
                }
                else if (await twoFactor.RequiredAsync(user, ct))
                {
                    return ViewerMiddleware.TwoFactorEnrolmentProblem();
                }
                await recordSignIn.RunAsync(user);
                var options = bearer.Get(IdentityConstants.BearerScheme);
                var now = time.GetUtcNow();
                var expires = now + options.BearerTokenExpiration;
                var principal = await signIn.CreateUserPrincipalAsync(user);
                var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
                return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expires));
            })
            .AllowAnonymous()
            .RequireRateLimiting(VigilAuthentication.AuthRateLimit)
            .WithSummary("Exchange e-mail and password for a bearer token: { token, expiresAt }. Send it as 'Authorization: Bearer <token>'. "
                + "A user with two-factor sign-in also sends code (the authenticator app's 6 digits, or a recovery code, used up): without it or with a "
                + "wrong one the answer is 401 with twoFactorRequired. A user who must use two-factor sign-in but has not enrolled answers 403 with "
                + "twoFactorEnrolmentRequired: enrol at /account/two-factor first. A temporary password an admin gave (a new user, a reset) answers 403 with passwordChangeRequired: change it at /account/password first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status423Locked);

        group.MapPost("/revoke", async (HttpContext context, UserManager<VigilUser> users, VigilDb db, TimeProvider time, CancellationToken ct) =>
            {
                // Called with a key, the key itself is revoked too: a 204 must never leave the credential that asked working.
                if (ApiKeyAuthenticationHandler.KeyIdOf(context.User) is { } keyId
                    && await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct) is { } key)
                {
                    key.Revoke(time.GetUtcNow().UtcDateTime);
                    await db.SaveChangesAsync(ct);
                }
                var user = await users.FindByIdAsync(context.Viewer().UserId.ToString());
                if (user is not null)
                {
                    await users.UpdateSecurityStampAsync(user);
                }
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke every token and session of the signed-in user, and the API key the call is made with (other API keys are revoked one by one).");

        group.MapGet("/me", (HttpContext context) =>
            {
                var viewer = context.Viewer();
                return TypedResults.Ok(new MeView(viewer.UserId, viewer.Name, viewer.Role, viewer.OrganizationId));
            })
            .WithSummary("Who the request is signed in as.");

        group.MapGet("/keys", async (HttpContext context, VigilDb db, CancellationToken ct) =>
            {
                var userId = context.Viewer().UserId;
                var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).ToListAsync(ct);
                return TypedResults.Ok(keys.OrderByDescending(k => k.CreatedAt).Select(k => new KeyView(k.Id, k.Name, k.Hint, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt)));
            })
            .WithSummary("Your personal API keys (never the keys themselves).");

        group.MapPost("/keys", async Task<Results<Created<CreatedKeyView>, ProblemHttpResult>> (KeyRequest body, HttpContext context, VigilDb db, TimeProvider time, CancellationToken ct) =>
            {
                // A leaked key must not be able to outlive its own revocation by minting others: keys come from a password sign-in.
                if (ApiKeyAuthenticationHandler.KeyIdOf(context.User) is not null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: AccountText.KeyCannotCreateKeys);
                }
                var (key, secret) = ApiKey.Issue(context.Viewer().UserId, body.Name ?? "", time.GetUtcNow().UtcDateTime,
                    body.ExpiresAt is { } e ? DateTime.SpecifyKind(e, DateTimeKind.Utc) : null);
                db.ApiKeys.Add(key);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/auth/keys/{key.Id}", new CreatedKeyView(key.Id, key.Name, secret, key.ExpiresAt));
            })
            .WithSummary("Create a personal API key { name, expiresAt? }; the key is shown once. Send it as 'X-Api-Key: <key>'. "
                + "A call signed in with an API key answers 403: sign in with a password (token or session) to create one.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapDelete("/keys/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, HttpContext context, VigilDb db, TimeProvider time, CancellationToken ct) =>
            {
                var userId = context.Viewer().UserId;
                var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.UserId == userId, ct);
                if (key is null)
                {
                    return TypedResults.NotFound();
                }
                key.Revoke(time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke one of your API keys.");
    }
}
