using Microsoft.AspNetCore.Identity;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// A user turns on sign-in with an authenticator app: the first code it shows proves the key was taken. Returns the recovery
/// codes, shown once. API keys made before are revoked: they were made without the second factor, so only keys made by a
/// session or token that passed it remain (README, Security). The user's other sessions end (new security stamp).
/// </summary>
public sealed class EnableTwoFactor(VigilDb db, UserAccounts accounts, UserManager<VigilUser> users, TimeProvider time)
{
    public const int RecoveryCodeCount = 10;

    public sealed record Request(string? Code);

    public async Task<IReadOnlyList<string>> RunAsync(Request request, VigilUser user, CancellationToken cancellationToken)
    {
        var code = CheckSecondFactor.Normalize(request.Code);
        if (await users.GetAuthenticatorKeyAsync(user) is null
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            throw new DomainRuleException("code", new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.WrongTwoFactorCode)));
        }
        await accounts.RevokeKeysAsync(user.Id, time.GetUtcNow().UtcDateTime, cancellationToken);
        UserAccounts.Succeeded(await users.SetTwoFactorEnabledAsync(user, true), "code");
        await db.SaveChangesAsync(cancellationToken);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }
}
