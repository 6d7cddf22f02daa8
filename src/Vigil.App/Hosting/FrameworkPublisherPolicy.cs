using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>
/// Importing a framework version publishes it to every organisation, so besides <see cref="AdminPolicy"/> (asked for alongside
/// it) the signed-in admin's organisation must be entitled to publish frameworks (<see cref="Organization.PublishesFrameworks"/>:
/// UN organisations). Others get 403.
/// </summary>
public static class FrameworkPublisherPolicy
{
    public const string Name = "framework-publisher";

    public static AuthorizationBuilder AddFrameworkPublisherPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(async context => context.Resource is HttpContext http
                && await http.RequestServices.GetRequiredService<VigilDb>().Organizations.AsNoTracking()
                    .PublishesFrameworksAsync(http.Viewer().OrganizationId, http.RequestAborted)));
}
