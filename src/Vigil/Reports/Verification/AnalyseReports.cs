using Microsoft.EntityFrameworkCore;

namespace Vigil.Reports.Verification;

/// <summary>The figures of <see cref="ReportAnalysis"/> over the reports the viewer may see, of one country or all.</summary>
public sealed class AnalyseReports(ReviewableReports reports)
{
    public async Task<ReportAnalysis> RunAsync(string? country, CancellationToken cancellationToken)
    {
        var iso3 = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        var query = reports.Visible().AsNoTracking();
        if (iso3 is not null)
        {
            query = query.Where(r => r.CountryIso3 == iso3);
        }
        var statuses = await query.GroupBy(r => r.Status).Select(g => new ReportAnalysis.StatusCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var counted = query.Where(r => r.Status != ReportStatus.Duplicate);
        var harm = await counted.SelectMany(r => r.Harmed).Where(h => h.Count > 0)
            .GroupBy(h => new { h.Sex, h.Age })
            .Select(g => new { g.Key.Sex, g.Key.Age, Reports = g.Select(h => h.ReportId).Distinct().Count(), People = g.Sum(h => h.Count) })
            .ToListAsync(cancellationToken);
        var networks = await counted.GroupBy(r => r.Network)
            .Select(g => new { Network = g.Key, Reports = g.Count(), Reporters = g.Where(r => r.ReporterHash != null).Select(r => r.ReporterHash).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return new ReportAnalysis(iso3, statuses.Sum(s => s.Reports),
            [.. statuses.OrderBy(s => s.Status)],
            [.. harm.OrderBy(h => h.Sex).ThenBy(h => h.Age).Select(h => new ReportAnalysis.HarmCell(h.Sex, h.Age, h.Reports, h.People))],
            [.. networks.OrderBy(n => n.Network is null).ThenBy(n => n.Network).Select(n => new ReportAnalysis.NetworkRow(n.Network, n.Reports, n.Reporters))]);
    }
}
