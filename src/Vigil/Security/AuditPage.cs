namespace Vigil.Security;

/// <summary>One page of the audit log (<see cref="AuditQueries.ReadAuditPageAsync"/>): its entries, its number (from 1) and whether more follow.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Number, bool HasNext);
