using Microsoft.EntityFrameworkCore;

namespace Vigil.Reports.Verification;

/// <summary>
/// The merges suggested for some reports: the <see cref="DuplicateDetector"/> run over the reports the viewer may see in
/// the same countries and days (widened by the window), leaving out reports already merged.
/// </summary>
public sealed class SuggestDuplicates(ReviewableReports reports)
{
    public DuplicateWindow Window { get; init; } = new();

    public async Task<IReadOnlyList<DuplicateSuggestion>> ForReportsAsync(IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return [];
        }
        var visible = reports.Visible().AsNoTracking().Where(r => r.Status != ReportStatus.Duplicate);
        var asked = await visible.Where(r => reportIds.Contains(r.Id)).Select(r => new { r.CountryIso3, r.OccurredAt }).ToListAsync(cancellationToken);
        if (asked.Count == 0)
        {
            return [];
        }
        var countries = asked.Select(a => a.CountryIso3).Distinct().ToList();
        var from = asked.Min(a => a.OccurredAt).AddDays(-Window.Days);
        var to = asked.Max(a => a.OccurredAt).AddDays(Window.Days);
        var candidates = await visible.Where(r => countries.Contains(r.CountryIso3) && r.OccurredAt >= from && r.OccurredAt <= to)
            .Select(r => new { r.Id, r.Text, r.CountryIso3, r.Admin1, r.Latitude, r.Longitude, r.OccurredAt })
            .ToListAsync(cancellationToken);
        var ids = reportIds.ToHashSet();
        return [.. new DuplicateDetector(Window)
            .Suggest(candidates.Select(c => new DuplicateCandidate(c.Id, c.Text, new ReportPlace(c.CountryIso3, c.Admin1, c.Latitude, c.Longitude, c.OccurredAt))))
            .Where(s => ids.Contains(s.OriginalId) || ids.Contains(s.DuplicateId))];
    }
}
