namespace Vigil.Security;

/// <summary>
/// Who is asking, resolved once per request or CLI run: their organisation, role, and
/// the organisations that share their records with them.
/// </summary>
public sealed record Viewer(Guid UserId, string Name, Guid OrganizationId, string Role, IReadOnlyCollection<Guid> SharingOrganizations)
{
    /// <summary>The command line acts as a trusted administrator of the store it opens.</summary>
    public static Viewer System { get; } = new(Guid.Empty, "cli", Guid.Empty, Roles.Admin, []);

    /// <summary>Nobody signed in: sees nothing but what anonymous pages show.</summary>
    public static Viewer Anonymous { get; } = new(Guid.Empty, "anonymous", Guid.NewGuid(), "none", []);

    public bool IsSystem => UserId == Guid.Empty && Role == Roles.Admin;

    /// <summary>The single rule for reading a record (see README, Security).</summary>
    public bool CanSee(Guid? ownerOrganization, Classification classification) =>
        IsSystem || classification switch
        {
            Classification.Public => true,
            Classification.Internal => ownerOrganization == OrganizationId || (ownerOrganization is { } o && SharingOrganizations.Contains(o)),
            Classification.Restricted => ownerOrganization == OrganizationId,
            _ => ownerOrganization == OrganizationId && Roles.CanSeeConfidential(Role),
        };

    /// <summary>Confidential fields (identities of sources and reporters) inside a visible record.</summary>
    public bool CanSeeConfidentialFields(Guid? ownerOrganization) =>
        IsSystem || (ownerOrganization == OrganizationId && Roles.CanSeeConfidential(Role));

    public bool CanEdit(Guid? ownerOrganization) => IsSystem || (ownerOrganization == OrganizationId && Roles.CanEdit(Role));

    public bool CanReview(Guid? ownerOrganization) => IsSystem || (ownerOrganization == OrganizationId && Roles.CanReview(Role));
}
