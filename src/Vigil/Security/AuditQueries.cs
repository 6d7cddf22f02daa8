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
        CancellationToken cancellationToken) =>
        Filtered(db, viewer, recordType, recordId).Take(Math.Clamp(take ?? DefaultTake, 1, MaxTake)).ToListAsync(cancellationToken);

    /// <summary>
    /// One page of the entries <see cref="ReadAuditLogAsync"/> would list (newest first, <paramref name="pageSize"/> a page,
    /// pages numbered from 1; a page past the end is empty), and whether a further page holds more.
    /// </summary>
    public static async Task<AuditPage> ReadAuditPageAsync(this VigilDb db, Viewer viewer, string? recordType, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxTake);
        var entries = await Filtered(db, viewer, recordType, null).Skip((page - 1) * pageSize).Take(pageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage(entries.Take(pageSize).ToList(), page, entries.Count > pageSize);
    }

    private static IQueryable<AuditEntry> Filtered(VigilDb db, Viewer viewer, string? recordType, string? recordId)
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
        // By time, then id: entries of one save share a time, and a page boundary must not repeat or skip one of them.
        return query.OrderByDescending(a => a.At).ThenBy(a => a.Id);
    }
}
