using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vigil.App.Pages.Account;
using Vigil.Security;

namespace Vigil.App.Hosting;

/// <summary>
/// After authentication: resolves the signed-in user into a <see cref="Viewer"/> (role,
/// organisation, sharing), rejects disabled users and revoked sessions (security stamp
/// changed), holds a user with a temporary password to the password page, demands the antiforgery token on
/// cookie-authenticated API writes, and marks a signed-in user's responses and every API response no-store.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    public const string ItemKey = "vigil.viewer";

    /// <summary>Where a user with a temporary password is sent, and the pages they may still open (static files are served earlier).</summary>
    public const string PasswordPage = "/account/password";

    private static readonly string[] OpenWhilePasswordMustChange = [PasswordPage, "/logout", "/login", "/lang"];

    /// <summary>Where a user who must sign in with a second factor but has none is sent to enrol one.</summary>
    public const string TwoFactorPage = "/account/two-factor";

    private static readonly string[] OpenWhileTwoFactorMissing = [TwoFactorPage, "/logout", "/login", "/lang"];

    public async Task InvokeAsync(HttpContext context, CurrentActor actor, FindViewer findViewer, IAntiforgery antiforgery, IOptions<IdentityOptions> identity)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/api"))
        {
            // A signed-in user's pages and every API answer (records, confidential fields, tokens) stay out of browser and
            // proxy caches; static files are served before this and stay cacheable.
            context.Response.Headers.CacheControl = "no-store";
        }
        if (principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (await findViewer.RunAsync(userId, stamp, context.RequestAborted) is not { } viewer)
            {
                await Reject(context);
                return;
            }
            context.Items[ItemKey] = viewer;
            actor.Set(viewer, context.Connection.RemoteIpAddress?.ToString());

            var cookieAuthenticated = ApiKeyAuthenticationHandler.KeyFrom(context.Request) is null
                && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && !BasicAuthenticationHandler.IsBasic(context.Request);
            if (viewer.MustChangePassword && !(cookieAuthenticated && OpenWhilePasswordMustChange.Any(p => context.Request.Path.StartsWithSegments(p))))
            {
                await HoldToPasswordChange(context, cookieAuthenticated);
                return;
            }
            if (viewer.MustEnrolTwoFactor && !(cookieAuthenticated && OpenWhileTwoFactorMissing.Any(p => context.Request.Path.StartsWithSegments(p))))
            {
                await HoldToTwoFactorEnrolment(context, cookieAuthenticated);
                return;
            }
            if (cookieAuthenticated && context.Request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                // A browser sends the session cookie with any cross-site request; only our pages know the token.
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.Response.WriteAsJsonAsync(new { title = "Missing or invalid antiforgery token.", status = 400 }, context.RequestAborted);
                    return;
                }
            }
        }
        else
        {
            actor.Set(Viewer.Anonymous, context.Connection.RemoteIpAddress?.ToString());
        }
        await next(context);
    }

    private static async Task HoldToPasswordChange(HttpContext context, bool cookieAuthenticated)
    {
        if (!cookieAuthenticated || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: AccountText.MustChangePasswordApi,
                extensions: new Dictionary<string, object?> { ["passwordChangeRequired"] = true }).ExecuteAsync(context);
            return;
        }
        context.Response.Redirect(PasswordPage);
    }

    /// <summary>A token or API key of such a user is refused too (decision record 0025): enrolment is on the page, with a session.</summary>
    private static async Task HoldToTwoFactorEnrolment(HttpContext context, bool cookieAuthenticated)
    {
        if (!cookieAuthenticated || context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            await TwoFactorEnrolmentProblem().ExecuteAsync(context);
            return;
        }
        context.Response.Redirect(TwoFactorPage);
    }

    public static ProblemHttpResult TwoFactorEnrolmentProblem() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: AccountText.TwoFactorEnrolApi,
            extensions: new Dictionary<string, object?> { ["twoFactorEnrolmentRequired"] = true });

    private static async Task Reject(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        context.Response.Redirect("/login");
    }
}
