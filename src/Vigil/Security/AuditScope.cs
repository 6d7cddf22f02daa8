namespace Vigil.Security;

/// <summary>
/// Whose record an audit entry is about and how that record is classified, taken when the entry is written. An admin
/// reads the entry when <see cref="Viewer.CanSee"/> lets them read such a record (see README, Security, and decision
/// record 0010).
/// </summary>
public readonly record struct AuditScope(Guid? OrganizationId, Classification Classification)
{
    /// <summary>A record of no organisation (alerts, alert rules, webhooks, the Framework): every admin reads its entries.</summary>
    public static AuditScope System { get; } = new(null, Classification.Public);

    /// <summary>
    /// A record whose owner is not known (it was deleted before entries had a scope, or its owner could not be
    /// found): no organisation matches, so only the command line reads its entries.
    /// </summary>
    public static AuditScope Unknown { get; } = new(null, Classification.Restricted);

    /// <summary>An account record (a user, their keys, an organisation and its shares): its organisation's admins read its entries.</summary>
    public static AuditScope Account(Guid organizationId) => new(organizationId, Classification.Restricted);

    /// <summary>
    /// A record owned by an organisation under a classification. When the classification changes in the write, the
    /// stricter of before and after applies: the entry holds both values.
    /// </summary>
    public static AuditScope Owned(Guid? organizationId, Classification before, Classification after) =>
        new(organizationId, before > after ? before : after);
}
