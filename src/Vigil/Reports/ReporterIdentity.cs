namespace Vigil.Reports;

/// <summary>Who sent a report: every part is Confidential (encrypted at rest, shown only to named roles of the owning organisation).</summary>
public sealed record ReporterIdentity(string? Name, string? Phone, string? DeviceId, string? Account)
{
    public static ReporterIdentity None { get; } = new(null, null, null, null);

    public bool IsEmpty => Name is null && Phone is null && DeviceId is null && Account is null;
}
