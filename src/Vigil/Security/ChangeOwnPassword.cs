using Microsoft.AspNetCore.Identity;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// A user changes their own password (the current one is asked for); this is the only way the "must change password"
/// flag of a temporary password is cleared. The new password must differ from the current one. A change ends the user's
/// other sessions and tokens (new security stamp) and revokes their API keys: whoever knew the old password may have made one.
/// </summary>
public sealed class ChangeOwnPassword(VigilDb db, UserAccounts accounts, UserManager<VigilUser> users, TimeProvider time)
{
    public sealed record Request(string CurrentPassword, string NewPassword);

    public async Task<IdentityResult> RunAsync(Request request, VigilUser user, CancellationToken cancellationToken)
    {
        // A temporary password kept is still a temporary password.
        if (request.CurrentPassword == request.NewPassword)
        {
            return IdentityResult.Failed(new IdentityError { Code = "SamePassword", Description = SecurityDomainText.SamePassword });
        }
        var flagged = user.MustChangePassword;
        // Cleared before the change so the one update that stores the new hash stores the flag too (one audit entry).
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = flagged;
            return result;
        }
        await accounts.RevokeKeysAsync(user.Id, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
