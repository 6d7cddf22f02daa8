using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// What a digest reports for its window: the alerts raised and the alerts escalated in it (most severe first), each
/// alert's signal measures, and the latest Public note of each escalation. <see cref="BuildDigest"/> writes it as the
/// English Markdown that webhooks receive; the digest page reads it again for a stored digest's window and shows it in
/// the reader's language. Alerts and their steps are never deleted, so the same window gives the same alerts.
/// </summary>
public sealed record DigestContent(DateTime From, DateTime To, IReadOnlyList<Alert> Raised, IReadOnlyList<Alert> Escalated,
    IReadOnlyDictionary<Guid, IReadOnlyList<string>> Measures, IReadOnlyDictionary<Guid, string> EscalationNotes)
{
    public static async Task<DigestContent> ReadAsync(VigilDb db, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var raised = MostSevereFirst(await db.Set<Alert>().AsNoTracking().Include(a => a.History)
            .Where(a => a.CreatedAt > from && a.CreatedAt <= to).ToListAsync(cancellationToken));
        var escalations = await db.Set<AlertTransition>().AsNoTracking()
            .Where(t => t.To == AlertStatus.Escalated && t.From != AlertStatus.Escalated && t.At > from && t.At <= to).ToListAsync(cancellationToken);
        var escalatedIds = escalations.Select(t => t.AlertId).Distinct().ToList();
        var escalated = MostSevereFirst(await db.Set<Alert>().AsNoTracking().Include(a => a.History)
            .Where(a => escalatedIds.Contains(a.Id)).ToListAsync(cancellationToken));
        // The digest goes to webhooks, outside Vigil, and is read by every signed-in user: an escalation's note is quoted only when it is Public.
        var notes = escalations.Where(t => t.PublicNote is not null).GroupBy(t => t.AlertId)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.At).ThenBy(t => t.Id).Last().PublicNote!);
        var measures = await db.MeasuresOfAsync([.. raised.Concat(escalated).Select(a => a.Id)], cancellationToken);
        return new DigestContent(from, to, raised, escalated, measures, notes);
    }

    /// <summary>The alert's status at the end of the window (its latest step by then), as the digest reported it.</summary>
    public AlertStatus StatusOf(Alert alert) =>
        alert.History.Where(h => h.At <= To).OrderBy(h => h.At).ThenBy(h => h.Id).LastOrDefault()?.To ?? alert.Status;

    // Severity is stored as its name, so the database would sort it alphabetically ("moderate" before "critical"): sort here.
    private static List<Alert> MostSevereFirst(List<Alert> alerts) =>
        [.. alerts.OrderByDescending(a => a.Severity).ThenBy(a => a.CountryIso3, StringComparer.Ordinal).ThenByDescending(a => a.LastPeriod)];
}
