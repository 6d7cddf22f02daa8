using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

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

    /// <summary>The user still has a temporary password an admin gave them: they may only change it or sign out.</summary>
    public bool MustChangePassword { get; init; }

    /// <summary>The user must sign in with a second factor but has no authenticator yet: they may only enrol one or sign out.</summary>
    public bool MustEnrolTwoFactor { get; init; }

    /// <summary>The demo's admin, excepted from the two-factor rule for admins (a notice says so).</summary>
    public bool TwoFactorExempt { get; init; }

    /// <summary>The single rule for reading a record (see README, Security).</summary>
    public bool CanSee(Guid? ownerOrganization, Classification classification) =>
        IsSystem || classification switch
        {
            Classification.Public => true,
            Classification.Internal => ownerOrganization == OrganizationId || (ownerOrganization is { } o && SharingOrganizations.Contains(o)),
            Classification.Restricted => ownerOrganization == OrganizationId,
            _ => ownerOrganization == OrganizationId && Roles.CanSeeConfidential(Role),
        };

    /// <summary>
    /// <see cref="CanSee"/> as a filter EF Core translates to SQL, for lists read from the database: the records of
    /// type <typeparamref name="T"/> whose owner and classification (given by the two selectors) this viewer may see.
    /// The two must answer alike; a test compares them on every owner, classification and role.
    /// </summary>
    public Expression<Func<T, bool>> CanSeeFilter<T>(Expression<Func<T, Guid?>> owner, Expression<Func<T, Classification>> classification)
    {
        if (IsSystem)
        {
            return _ => true;
        }
        var org = OrganizationId;
        var sharing = SharingOrganizations.ToList();
        var confidential = Roles.CanSeeConfidential(Role);
        Expression<Func<Guid?, Classification, bool>> rule = (o, c) =>
            c == Classification.Public
            || (c == Classification.Internal && (o == org || (o != null && sharing.Contains(o.Value))))
            || (c == Classification.Restricted && o == org)
            || (c == Classification.Confidential && o == org && confidential);
        var record = owner.Parameters[0];
        var classificationOfRecord = ReplacingExpressionVisitor.Replace(classification.Parameters[0], record, classification.Body);
        var body = new ReplacingExpressionVisitor([rule.Parameters[0], rule.Parameters[1]], [owner.Body, classificationOfRecord]).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, record);
    }

    /// <summary>Confidential fields (identities of sources and reporters) inside a visible record.</summary>
    public bool CanSeeConfidentialFields(Guid? ownerOrganization) =>
        IsSystem || (ownerOrganization == OrganizationId && Roles.CanSeeConfidential(Role));

    public bool CanEdit(Guid? ownerOrganization) => IsSystem || (ownerOrganization == OrganizationId && Roles.CanEdit(Role));

    public bool CanReview(Guid? ownerOrganization) => IsSystem || (ownerOrganization == OrganizationId && Roles.CanReview(Role));
}
