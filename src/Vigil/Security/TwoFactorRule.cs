using Microsoft.Extensions.Options;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// Who must sign in with a second factor: every admin (unless the host turned that off, and but for the demo's admin), and every
/// member of an organisation that requires it. Such a user without an authenticator is held to enrolment after the password step.
/// </summary>
public sealed class TwoFactorRule(VigilDb db, IOptions<TwoFactorOptions> options)
{
    public bool IsExempt(VigilUser user) =>
        options.Value.ExemptUser is { Length: > 0 } exempt && string.Equals(user.Email, exempt, StringComparison.OrdinalIgnoreCase);

    public async Task<bool> RequiredAsync(VigilUser user, CancellationToken cancellationToken) =>
        (user.Role == Roles.Admin && options.Value.RequiredForAdmins && !IsExempt(user))
        || await db.Organizations.RequiresTwoFactorAsync(user.OrganizationId, cancellationToken);
}
