using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>A user with two-factor sign-in replaces their recovery codes (used up, or seen by someone): the old ones stop working.</summary>
public sealed class NewRecoveryCodes(UserManager<VigilUser> users)
{
    public async Task<IReadOnlyList<string>> RunAsync(VigilUser user)
    {
        if (!user.TwoFactorEnabled)
        {
            throw new DomainRuleException("twoFactor", new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.TwoFactorOff)), conflict: true);
        }
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactor.RecoveryCodeCount) ?? []];
    }
}
