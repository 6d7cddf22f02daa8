using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// Replaces the password of a user of the admin's organisation with a new temporary one, shown once (a lost or
/// forgotten password, or a lost authenticator: two-factor sign-in is turned off), unlocks the account and ends the user's sessions, tokens and API keys. An admin changes their own
/// password on the password page, which asks for the current one (<see cref="ChangeOwnPassword"/>).
/// </summary>
public sealed class ResetPassword(UserAccounts accounts, UserManager<VigilUser> users, TimeProvider time)
{
    public sealed record Request(Guid UserId);

    /// <summary>The user and their temporary password; null when there is no such user in the admin's organisation (404).</summary>
    public async Task<(VigilUser User, string TemporaryPassword)?> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        if (await accounts.ManagedAsync(admin, request.UserId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Id == admin.UserId)
        {
            throw new DomainRuleException("id", new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.ResetOwnPassword)), conflict: true);
        }
        var password = UserAccounts.GeneratePassword();
        // Both steps give the user a new security stamp: their sessions and tokens end. The flag and the revoked keys (whoever
        // learnt the old password may have made one) are saved with the first.
        user.MustChangePassword = true;
        await accounts.RevokeKeysAsync(user.Id, time.GetUtcNow().UtcDateTime, cancellationToken);
        UserAccounts.Succeeded(await users.RemovePasswordAsync(user), "id");
        UserAccounts.Succeeded(await users.AddPasswordAsync(user, password), "id");
        UserAccounts.Succeeded(await users.ResetAccessFailedCountAsync(user), "id");
        UserAccounts.Succeeded(await users.SetLockoutEndDateAsync(user, null), "id");
        // A lost phone is recovered the same way: the reset also turns two-factor sign-in off (key and recovery codes discarded);
        // if the rule requires it, the user enrols again after choosing their password.
        if (user.TwoFactorEnabled)
        {
            UserAccounts.Succeeded(await users.SetTwoFactorEnabledAsync(user, false), "id");
            UserAccounts.Succeeded(await users.ResetAuthenticatorKeyAsync(user), "id");
            UserAccounts.Succeeded(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"), "id");
        }
        return (user, password);
    }
}
