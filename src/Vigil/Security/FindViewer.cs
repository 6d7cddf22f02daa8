using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>The viewer for a signed-in user: role, organisation, and who shares with it (every request's first step).</summary>
public sealed class FindViewer(VigilDb db, TwoFactorRule twoFactor)
{
    /// <summary>
    /// Null when the user is gone or disabled, or when <paramref name="securityStamp"/> no longer matches (the
    /// session or token was revoked by a password change, a revocation or disabling).
    /// </summary>
    public async Task<Viewer?> RunAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.DisabledAt is not null || securityStamp != user.SecurityStamp)
        {
            return null;
        }
        var sharing = await db.OrganizationShares.AsNoTracking().Where(s => s.PartnerId == user.OrganizationId).Select(s => s.OwnerId).ToListAsync(cancellationToken);
        return new Viewer(user.Id, user.Email ?? user.UserName ?? "", user.OrganizationId, user.Role, sharing)
        {
            MustChangePassword = user.MustChangePassword,
            MustEnrolTwoFactor = !user.TwoFactorEnabled && await twoFactor.RequiredAsync(user, cancellationToken),
            TwoFactorExempt = twoFactor.IsExempt(user),
        };
    }
}
