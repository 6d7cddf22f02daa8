namespace Vigil.Security;

/// <summary>
/// A user as their admin sees them: <see cref="State"/> is "active", "disabled" or "locked-out";
/// <see cref="MustChangePassword"/> while they still have the temporary password an admin gave them;
/// <see cref="LastSignInAt"/> (UTC) null when they never signed in.
/// </summary>
public sealed record UserSummary(Guid Id, string Email, string Role, string Organization, string State, DateTime? DisabledAt, DateTimeOffset? LockoutEnd,
    bool MustChangePassword, DateTime? LastSignInAt)
{
    public const string Active = "active";
    public const string Disabled = "disabled";
    public const string LockedOut = "locked-out";

    public static string StateOf(DateTime? disabledAt, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        disabledAt is not null ? Disabled : lockoutEnd > now ? LockedOut : Active;
}
