using Microsoft.EntityFrameworkCore;
using Vigil.Events;

namespace Vigil.Reports.Verification;

/// <summary>
/// Links a report to what corroborates it: another report the viewer may see (by its id), or an event of a data set by
/// Vigil's event id or as "source:id" ("acled:CAF12345"); stored as "source:id" so it survives a re-import.
/// </summary>
public sealed class CorroborateReport(ReviewableReports reports)
{
    public sealed record Request(Guid ReportId, CorroborationKind Kind, string? Target, string? Note = null, string? By = null);

    public async Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        // 404 and 403 come before a bad target.
        if (await reports.FindReviewableAsync(request.ReportId, cancellationToken) is null)
        {
            return null;
        }
        var target = request.Target?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            throw new DomainRuleException("target", "target: required (a report id, or an event id such as 1234 or acled:CAF12345).");
        }
        string stored;
        if (request.Kind == CorroborationKind.Report)
        {
            if (!Guid.TryParse(target, out var other) || other == request.ReportId || await reports.FindAsync(other, cancellationToken) is null)
            {
                throw new DomainRuleException("target", $"target: no other report {target} that you may see.");
            }
            stored = other.ToString();
        }
        else if (request.Kind == CorroborationKind.Event)
        {
            stored = await EventKeyAsync(target, cancellationToken)
                ?? throw new DomainRuleException("target", $"target: no event {target} (give Vigil's event id or source:id).");
        }
        else
        {
            throw new DomainRuleException("kind", $"kind: {(int)request.Kind} is not report or event.");
        }
        return await reports.ChangeAsync(request.ReportId,
            (_, review) => review.Corroborate(request.Kind, stored, request.Note, reports.Who(request.By), reports.Now()), cancellationToken);
    }

    private async Task<string?> EventKeyAsync(string target, CancellationToken cancellationToken)
    {
        var events = reports.Db.Set<Event>().AsNoTracking();
        if (long.TryParse(target, out var id))
        {
            return await events.Where(e => e.Id == id).Select(e => e.Source + ":" + e.SourceId).FirstOrDefaultAsync(cancellationToken);
        }
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var (source, sourceId) = (target[..colon], target[(colon + 1)..]);
        return await events.AnyAsync(e => e.Source == source && e.SourceId == sourceId, cancellationToken) ? $"{source}:{sourceId}" : null;
    }
}
