using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// A user changes their own password (the current one is asked for); this is the only way the "must change password"
/// flag of a temporary password is cleared. The new password must differ from the current one.
/// </summary>
public sealed class ChangeOwnPassword(UserManager<VigilUser> users)
{
    /// <summary>The new password equals the current one (a temporary password kept is still a temporary password).</summary>
    public static readonly LocalizedText SamePassword = new(
        "The new password must differ from the current one.", "新密码不能与当前密码相同。");

    public sealed record Request(string CurrentPassword, string NewPassword);

    public async Task<IdentityResult> RunAsync(Request request, VigilUser user)
    {
        if (request.CurrentPassword == request.NewPassword)
        {
            return IdentityResult.Failed(new IdentityError { Code = "SamePassword", Description = SamePassword.Current });
        }
        var flagged = user.MustChangePassword;
        // Cleared before the change so the one update that stores the new hash stores the flag too (one audit entry).
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = flagged;
        }
        return result;
    }
}
