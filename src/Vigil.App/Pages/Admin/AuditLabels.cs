using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Admin;

/// <summary>
/// The audit log's stored words in the page's language: the action ("create"), the record type, which is the entity's
/// class name ("IndicatorJudgement"), and the common field names ("Severity"). A value without a text (a record type added later) is null, for the page to show it
/// as stored, marked as code.
/// </summary>
public static class AuditLabels
{
    public static string? Action(string action) => EnumText.TryOf(AdminText.ResourceManager, "AuditAction", action);

    /// <summary>A changed field ("Severity") in the page's language; null for a field without a text, shown as stored.</summary>
    public static string? Field(string field) => EnumText.TryOf(AdminText.ResourceManager, "AuditField", field);

    public static string? RecordType(string recordType) => EnumText.TryOf(AdminText.ResourceManager, "RecordType", TextKey(recordType));

    /// <summary>A generic entity's class name without its arity: ASP.NET Identity's "IdentityUserClaim`1" is "IdentityUserClaim".</summary>
    public static string TextKey(string recordType) => recordType.Split('`')[0];
}
