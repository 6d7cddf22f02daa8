using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>A person who signs in. One organisation, one role.</summary>
public sealed class VigilUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }
    public string Role { get; set; } = Roles.Viewer;
    public DateTime? DisabledAt { get; set; }

    /// <summary>
    /// Set when an admin gives the account a temporary password (a new user, a reset): until the user chooses their own,
    /// they may only change it or sign out (README, Security; decision record 0013).
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The last successful sign-in (a browser session or a bearer token), UTC; null when never.</summary>
    public DateTime? LastSignInAt { get; set; }
}
