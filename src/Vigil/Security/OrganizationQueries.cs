using Microsoft.EntityFrameworkCore;

namespace Vigil.Security;

public static class OrganizationQueries
{
    /// <summary>The organisation of this name (surrounding spaces ignored), or null.</summary>
    public static Task<Organization?> NamedAsync(this IQueryable<Organization> organizations, string name, CancellationToken cancellationToken) =>
        organizations.FirstOrDefaultAsync(o => o.Name == name.Trim(), cancellationToken);

    /// <summary>Whether the organisation with this id is entitled to publish framework versions (<see cref="Organization.PublishesFrameworks"/>).</summary>
    public static async Task<bool> PublishesFrameworksAsync(this IQueryable<Organization> organizations, Guid id, CancellationToken cancellationToken) =>
        await organizations.Where(o => o.Id == id).Select(o => o.Kind).Cast<OrganizationKind?>().FirstOrDefaultAsync(cancellationToken) is { } kind
        && Organization.PublishesFrameworks(kind);

    /// <summary>Whether the organisation with this id requires two-factor sign-in of every member (<see cref="Organization.RequireTwoFactor"/>).</summary>
    public static Task<bool> RequiresTwoFactorAsync(this IQueryable<Organization> organizations, Guid id, CancellationToken cancellationToken) =>
        organizations.AnyAsync(o => o.Id == id && o.RequireTwoFactor, cancellationToken);
}
