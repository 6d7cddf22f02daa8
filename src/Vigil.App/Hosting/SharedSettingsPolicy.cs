using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>
/// Settings that every organisation reads — framework versions, the global alert rules and webhooks, the prevention options
/// catalogue — are changed only by admins (<see cref="AdminPolicy"/>, asked for alongside it) of an organisation entitled to
/// publish them (<see cref="Organization.PublishesFrameworks"/>: UN organisations). An admin of any other organisation gets 403:
/// they administer their own organisation, not what the others see.
/// </summary>
public static class SharedSettingsPolicy
{
    public const string Name = "shared-settings";

    public static AuthorizationBuilder AddSharedSettingsPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(async context => context.Resource is HttpContext http
                && await http.RequestServices.GetRequiredService<VigilDb>().Organizations.AsNoTracking()
                    .PublishesFrameworksAsync(http.Viewer().OrganizationId, http.RequestAborted)));
}
