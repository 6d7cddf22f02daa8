using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// A user turns off sign-in with an authenticator app (a new phone: they turn it on again with a new key). Refused while the
/// rule requires it of them (<see cref="TwoFactorRule"/>); the key and the recovery codes are discarded.
/// </summary>
public sealed class DisableTwoFactor(TwoFactorRule rule, UserManager<VigilUser> users)
{
    public async Task RunAsync(VigilUser user, CancellationToken cancellationToken)
    {
        if (await rule.RequiredAsync(user, cancellationToken))
        {
            throw new DomainRuleException("twoFactor", new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.TwoFactorRequired)), conflict: true);
        }
        UserAccounts.Succeeded(await users.SetTwoFactorEnabledAsync(user, false), "twoFactor");
        UserAccounts.Succeeded(await users.ResetAuthenticatorKeyAsync(user), "twoFactor");
        // The recovery codes are the Identity store's own token (UserStoreBase's internal provider and name).
        UserAccounts.Succeeded(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"), "twoFactor");
    }
}
