using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Forecasting;

/// <summary>
/// Reads of stored forecast runs, shared by the API and the pages; only runs the viewer may see. Runs are ordered by
/// the year of data they forecast from, then by when they were stored: a forecast stored later from older data
/// (`forecast run --as-of`) takes its place in the history and never becomes "the latest".
/// </summary>
public static class ForecastQueries
{
    /// <summary>Runs from the newest data first; of runs from the same year, the last stored first.</summary>
    public static IOrderedQueryable<ForecastRun> NewestFirst(this IQueryable<ForecastRun> runs) =>
        runs.OrderByDescending(r => r.DataYear).ThenByDescending(r => r.CreatedAt);

    public static async Task<ForecastRun?> LatestRunAsync(this VigilDb db, Viewer viewer, CancellationToken cancellationToken)
    {
        var headers = await db.ForecastRuns.AsNoTracking().NewestFirst()
            .Select(r => new { r.Id, r.OrganizationId, r.Classification }).ToListAsync(cancellationToken);
        var latest = headers.FirstOrDefault(r => viewer.CanSee(r.OrganizationId, r.Classification));
        return latest is null ? null : await db.RunAsync(latest.Id, viewer, cancellationToken);
    }

    public static async Task<ForecastRun?> RunAsync(this VigilDb db, Guid id, Viewer viewer, CancellationToken cancellationToken)
    {
        var run = await db.ForecastRuns.AsNoTracking().Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is not null && viewer.CanSee(run.OrganizationId, run.Classification) ? run : null;
    }

    /// <summary>
    /// A country's entry in the latest visible run that forecasts it (the run's header only, without its other entries), or null.
    /// The same entry as the last of <see cref="CountryHistoryAsync"/>, read without loading every run's entry.
    /// </summary>
    public static async Task<LatestCountryForecast?> LatestOfCountryAsync(this VigilDb db, string iso3, Viewer viewer, CancellationToken cancellationToken)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var runs = await db.ForecastRuns.AsNoTracking().Where(r => r.Entries.Any(e => e.Iso3 == code))
            .NewestFirst().ToListAsync(cancellationToken);
        if (runs.FirstOrDefault(r => viewer.CanSee(r.OrganizationId, r.Classification)) is not { } run)
        {
            return null;
        }
        var entry = await db.ForecastEntries.AsNoTracking().FirstAsync(e => e.RunId == run.Id && e.Iso3 == code, cancellationToken);
        return new LatestCountryForecast(run, entry, await db.ForecastEntries.CountAsync(e => e.RunId == run.Id, cancellationToken));
    }

    /// <summary>A country's entry in every visible run, oldest run first.</summary>
    public static async Task<List<(ForecastRun Run, ForecastEntry Entry)>> CountryHistoryAsync(this VigilDb db, string iso3, Viewer viewer,
        CancellationToken cancellationToken)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var entries = await db.ForecastEntries.AsNoTracking().Where(e => e.Iso3 == code).ToListAsync(cancellationToken);
        var runIds = entries.Select(e => e.RunId).ToList();
        var runs = await db.ForecastRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. entries.Select(e => (Run: runs[e.RunId], Entry: e))
            .Where(x => viewer.CanSee(x.Run.OrganizationId, x.Run.Classification))
            .OrderBy(x => x.Run.DataYear).ThenBy(x => x.Run.CreatedAt)];
    }

    /// <summary>
    /// Each country's risk and rank in the last <paramref name="maxRuns"/> visible runs, oldest first,
    /// keyed by EWP name (the watchlist's "over past runs").
    /// </summary>
    public static async Task<Dictionary<string, List<RiskPoint>>> RecentRisksAsync(this VigilDb db, Viewer viewer, int maxRuns,
        CancellationToken cancellationToken)
    {
        var headers = await db.ForecastRuns.AsNoTracking().NewestFirst()
            .Select(r => new { r.Id, r.DataYear, r.CreatedAt, r.OrganizationId, r.Classification }).ToListAsync(cancellationToken);
        var runs = headers.Where(r => viewer.CanSee(r.OrganizationId, r.Classification)).Take(maxRuns).ToDictionary(r => r.Id);
        var ids = runs.Keys.ToList();
        var entries = await db.ForecastEntries.AsNoTracking().Where(e => ids.Contains(e.RunId))
            .Select(e => new { e.RunId, e.EwpName, e.Risk, e.Rank }).ToListAsync(cancellationToken);
        return entries.GroupBy(e => e.EwpName, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Select(e => new RiskPoint(runs[e.RunId].DataYear, runs[e.RunId].CreatedAt, e.Risk, e.Rank))
                .OrderBy(p => p.DataYear).ThenBy(p => p.RunCreatedAt).ToList(),
            StringComparer.Ordinal);
    }
}
