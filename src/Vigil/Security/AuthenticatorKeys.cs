using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// The authenticator key of a user, stored encrypted like any confidential field (<see cref="ConfidentialFields"/>): whoever
/// reads the database cannot compute the user's codes. It lives where Identity keeps it (the user's "[AspNetUserStore]"
/// AuthenticatorKey token), so resetting it through Identity still ends it. A key stored in clear by an earlier version
/// (or by Identity's reset, which only ends the old one) is told apart by its alphabet: base32 is upper case, a protected
/// payload is not.
/// </summary>
public sealed class AuthenticatorKeys(ConfidentialFields fields)
{
    private const string Provider = "[AspNetUserStore]";
    private const string Name = "AuthenticatorKey";

    /// <summary>The key in clear, and whether it was stored in clear; null when the user has none.</summary>
    public async Task<(string Key, bool StoredInClear)?> ReadAsync(UserManager<VigilUser> users, VigilUser user)
    {
        var stored = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        if (IsBase32(stored))
        {
            return (stored, true);
        }
        var key = fields.Unprotect(stored);
        return key == ConfidentialFields.Unreadable ? null : (key, false);
    }

    /// <summary>Stores <paramref name="key"/> encrypted (a new one when null) and returns it in clear.</summary>
    public async Task<string> StoreAsync(UserManager<VigilUser> users, VigilUser user, string? key = null)
    {
        key ??= users.GenerateNewAuthenticatorKey();
        UserAccounts.Succeeded(await users.SetAuthenticationTokenAsync(user, Provider, Name, fields.Protect(key)), "code");
        return key;
    }

    private static bool IsBase32(string value) => value.All(c => c is (>= 'A' and <= 'Z') or (>= '2' and <= '7') or '=');
}
