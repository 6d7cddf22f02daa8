using Microsoft.EntityFrameworkCore;

namespace Vigil.Security;

public static class OrganizationQueries
{
    /// <summary>The organisation of this name (surrounding spaces ignored), or null.</summary>
    public static Task<Organization?> NamedAsync(this IQueryable<Organization> organizations, string name, CancellationToken cancellationToken) =>
        organizations.FirstOrDefaultAsync(o => o.Name == name.Trim(), cancellationToken);
}
