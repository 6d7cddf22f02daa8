using Microsoft.EntityFrameworkCore;

namespace Vigil.Security;

/// <summary>
/// Writes an audit entry for a READ of a record whose every view must be traceable (an actor assessment: a leaked name can get
/// people killed). The audit interceptor sees writes only, so a feature calls this where it shows such a record. The entry is
/// scoped like a write to the record, so the same admins read it.
/// </summary>
public sealed class ReadAudit(CurrentActor actor, TimeProvider time)
{
    public const string Action = "read";

    /// <summary>Saves the entry at once; call it on a read, where the context holds no other change to save.</summary>
    public async Task RecordAsync(DbContext db, string recordType, string recordId, AuditScope scope, string? what, CancellationToken cancellationToken)
    {
        var viewer = actor.Viewer;
        db.Set<AuditEntry>().Add(new AuditEntry(time.GetUtcNow().UtcDateTime, viewer.IsSystem ? null : viewer.UserId,
            viewer.UserId == Guid.Empty ? null : viewer.OrganizationId, viewer.Name, actor.Address, Action, recordType, recordId, scope, null, what));
        await db.SaveChangesAsync(cancellationToken);
    }
}
