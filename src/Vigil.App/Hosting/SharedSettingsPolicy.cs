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

    private static readonly object PublishesKey = new();

    public static AuthorizationBuilder AddSharedSettingsPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Name, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(async context => context.Resource is HttpContext http && await PublishesAsync(http)));

    /// <summary>
    /// Whether the signed-in person may change the shared settings (an admin of a publishing organisation): pages ask before
    /// they show a link to them, so nobody is shown a way into a 403.
    /// </summary>
    public static async Task<bool> AllowsAsync(HttpContext http) =>
        Roles.CanAdminister(http.Viewer().Role) && await PublishesAsync(http);

    // Asked by the layout and the page on one request: the answer is kept for the request.
    private static async Task<bool> PublishesAsync(HttpContext http)
    {
        if (http.Items[PublishesKey] is bool known)
        {
            return known;
        }
        var publishes = await http.RequestServices.GetRequiredService<VigilDb>().Organizations.AsNoTracking()
            .PublishesFrameworksAsync(http.Viewer().OrganizationId, http.RequestAborted);
        http.Items[PublishesKey] = publishes;
        return publishes;
    }
}
