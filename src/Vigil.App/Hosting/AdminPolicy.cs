using Microsoft.AspNetCore.Authorization;
using Vigil.Security;

namespace Vigil.App.Hosting;

/// <summary>
/// The one admin-only rule of the API and the pages: API groups ask for it with <c>RequireAuthorization(AdminPolicy.Name)</c>,
/// page models with <c>[Authorize(Policy = AdminPolicy.Name)]</c>. Others get 403: the API's plain one, the pages' on the
/// site's layout (<see cref="ForbiddenPageResultHandler"/>).
/// </summary>
public static class AdminPolicy
{
    public const string Name = "admin";

    /// <remarks>
    /// The role is the <see cref="Viewer"/>'s, read from the store on every request by <see cref="ViewerMiddleware"/> (which runs
    /// before authorisation), not a claim of the sign-in: a role taken away applies to sessions and tokens at once.
    /// </remarks>
    public static AuthorizationBuilder AddAdminPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is HttpContext http && Roles.CanAdminister(http.Viewer().Role)));
}
