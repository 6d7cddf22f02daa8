using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Reads of the audit log shared by the admin API (JSON and CSV) and the admin page.</summary>
public static class AuditQueries
{
    public const int DefaultTake = 500;
    public const int MaxTake = 50_000;

    /// <summary>
    /// The entries the viewer may read (<see cref="AuditAccess.VisibleTo"/>), newest first, of one record type and record id when
    /// given; at most <paramref name="take"/> of them (default <see cref="DefaultTake"/>, kept between 1 and <see cref="MaxTake"/>).
    /// </summary>
    public static Task<List<AuditEntry>> ReadAuditLogAsync(this VigilDb db, Viewer viewer, string? recordType, string? recordId, int? take,
        CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEntry>().AsNoTracking().VisibleTo(viewer);
        if (!string.IsNullOrWhiteSpace(recordType))
        {
            query = query.Where(a => a.RecordType == recordType);
        }
        if (!string.IsNullOrWhiteSpace(recordId))
        {
            query = query.Where(a => a.RecordId == recordId);
        }
        return query.OrderByDescending(a => a.At).Take(Math.Clamp(take ?? DefaultTake, 1, MaxTake)).ToListAsync(cancellationToken);
    }
}
