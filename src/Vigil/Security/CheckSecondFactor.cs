using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// The second step of a sign-in that does not go through a browser session (the token endpoint): a code of the user's
/// authenticator app, or one of their recovery codes, which is then used up. A wrong code counts as a failed attempt towards
/// the lockout, as a wrong password does.
/// </summary>
public sealed class CheckSecondFactor(UserManager<VigilUser> users)
{
    /// <summary>An authenticator code as typed: apps show "123 456", some people type "123-456".</summary>
    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public async Task<bool> RunAsync(VigilUser user, string? code)
    {
        var totp = Normalize(code);
        if (totp.Length == 6 && totp.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, totp))
        {
            return true;
        }
        if (!string.IsNullOrWhiteSpace(code) && (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim().ToUpperInvariant())).Succeeded)
        {
            return true;
        }
        await users.AccessFailedAsync(user);
        return false;
    }
}
