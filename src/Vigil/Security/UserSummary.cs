namespace Vigil.Security;

/// <summary>A user as their admin sees them: <see cref="State"/> is "active", "disabled" or "locked-out".</summary>
public sealed record UserSummary(Guid Id, string Email, string Role, string Organization, string State, DateTime? DisabledAt, DateTimeOffset? LockoutEnd)
{
    public const string Active = "active";
    public const string Disabled = "disabled";
    public const string LockedOut = "locked-out";

    public static string StateOf(DateTime? disabledAt, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        disabledAt is not null ? Disabled : lockoutEnd > now ? LockedOut : Active;
}
