using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// The key a user gives their authenticator app before turning on two-factor sign-in (<see cref="EnableTwoFactor"/>): the one
/// made earlier if any, so a page reloaded halfway shows the same key. It is stored without a new security stamp, so making it
/// ends no session.
/// </summary>
public sealed class StartTwoFactorEnrolment(UserManager<VigilUser> users, AuthenticatorKeys keys)
{
    public const string Issuer = "Vigil";

    /// <summary>The key (base32) and the otpauth URI an app reads from the QR code (Google Authenticator's key URI format).</summary>
    public async Task<(string Key, string Uri)> RunAsync(VigilUser user)
    {
        // A key in clear is Identity's reset of an earlier one (or from before keys were encrypted): never shown to enrol with.
        var key = await keys.ReadAsync(users, user) is { StoredInClear: false } stored ? stored.Key : await keys.StoreAsync(users, user);
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? "");
        return (key, $"otpauth://totp/{Issuer}:{account}?secret={key}&issuer={Issuer}&digits=6");
    }
}
