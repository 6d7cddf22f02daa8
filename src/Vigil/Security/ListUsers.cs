using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>The users an admin manages — their own organisation's (the command line: everyone's) — by organisation and e-mail.</summary>
public sealed class ListUsers(VigilDb db, TimeProvider time)
{
    public async Task<IReadOnlyList<UserSummary>> RunAsync(Viewer admin, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => admin.IsSystem || u.OrganizationId == admin.OrganizationId)
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id,
                (u, o) => new { u.Id, u.Email, u.Role, Organization = o.Name, u.DisabledAt, u.LockoutEnd, u.MustChangePassword, u.LastSignInAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. rows
            .Select(r => new UserSummary(r.Id, r.Email ?? "", r.Role, r.Organization, UserSummary.StateOf(r.DisabledAt, r.LockoutEnd, now), r.DisabledAt, r.LockoutEnd,
                r.MustChangePassword, r.LastSignInAt))
            .OrderBy(r => r.Organization, StringComparer.Ordinal).ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
