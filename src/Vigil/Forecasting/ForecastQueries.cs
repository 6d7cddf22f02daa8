using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Forecasting;

/// <summary>Reads of stored forecast runs, shared by the API and the pages.</summary>
public static class ForecastQueries
{
    public static Task<ForecastRun?> LatestRunAsync(this VigilDb db, CancellationToken cancellationToken) =>
        db.ForecastRuns.AsNoTracking().Include(r => r.Entries)
            .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    public static Task<ForecastRun?> RunAsync(this VigilDb db, Guid id, CancellationToken cancellationToken) =>
        db.ForecastRuns.AsNoTracking().Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>A country's entry in every stored run, oldest run first.</summary>
    public static async Task<List<(ForecastRun Run, ForecastEntry Entry)>> CountryHistoryAsync(this VigilDb db, string iso3,
        CancellationToken cancellationToken)
    {
        var code = iso3.Trim().ToUpperInvariant();
        var entries = await db.ForecastEntries.AsNoTracking().Where(e => e.Iso3 == code).ToListAsync(cancellationToken);
        var runIds = entries.Select(e => e.RunId).ToList();
        var runs = await db.ForecastRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. entries.Select(e => (runs[e.RunId], e)).OrderBy(x => x.Item1.CreatedAt)];
    }
}
