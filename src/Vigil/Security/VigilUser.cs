using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>A person who signs in. One organisation, one role.</summary>
public sealed class VigilUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }
    public string Role { get; set; } = Roles.Viewer;
    public DateTime? DisabledAt { get; set; }
}
