using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Vigil.Security;

/// <summary>
/// Checks the six-digit codes of an authenticator app (RFC 6238: 30-second steps, two steps of clock drift either way, as
/// Identity's own provider allows), with two differences: the key is stored encrypted (<see cref="AuthenticatorKeys"/>), and a
/// code is accepted once — a code seen over someone's shoulder, or replayed from a captured request, is refused, as is any
/// code of the same or an earlier step than the last one accepted. Two requests racing with the same code within
/// milliseconds can both pass; the lockout still counts every wrong code.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(AuthenticatorKeys keys, TimeProvider time) : IUserTwoFactorTokenProvider<VigilUser>
{
    private const string Provider = "[Vigil]";
    private const string LastStep = "AuthenticatorLastStep";
    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<VigilUser> manager, VigilUser user) =>
        await keys.ReadAsync(manager, user) is not null;

    /// <summary>The app makes the codes, not the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<VigilUser> manager, VigilUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<VigilUser> manager, VigilUser user)
    {
        if (await keys.ReadAsync(manager, user) is not { } stored
            // A key in clear is accepted only from someone who turned two-factor on before keys were encrypted.
            || (stored.StoredInClear && !user.TwoFactorEnabled))
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(stored.Key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, Drift))
        {
            return false;
        }
        var last = await manager.GetAuthenticationTokenAsync(user, Provider, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }
        UserAccounts.Succeeded(await manager.SetAuthenticationTokenAsync(user, Provider, LastStep, step.ToString(CultureInfo.InvariantCulture)), "code");
        if (stored.StoredInClear)
        {
            await keys.StoreAsync(manager, user, stored.Key);
        }
        return true;
    }
}
