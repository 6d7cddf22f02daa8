using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// The key a user gives their authenticator app before turning on two-factor sign-in (<see cref="EnableTwoFactor"/>): the one
/// made earlier if any, so a page reloaded halfway shows the same key. It is stored without a new security stamp, so making it
/// ends no session.
/// </summary>
public sealed class StartTwoFactorEnrolment(UserManager<VigilUser> users)
{
    public const string Issuer = "Vigil";

    /// <summary>The key (base32) and the otpauth URI an app reads from the QR code (Google Authenticator's key URI format).</summary>
    public async Task<(string Key, string Uri)> RunAsync(VigilUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            // The Identity store's own provider and name for the key (UserStoreBase), which GetAuthenticatorKeyAsync reads.
            UserAccounts.Succeeded(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key), "code");
        }
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? "");
        return (key, $"otpauth://totp/{Issuer}:{account}?secret={key}&issuer={Issuer}&digits=6");
    }
}
