using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.Forecasting;

/// <summary>
/// The `forecast run` use case: train on all known years, forecast from the latest, store the run, and store
/// the changes since the model's previous run (<see cref="WatchlistChange"/>) as signals for alerts, in the
/// same transaction. A model's first run is the baseline and raises nothing; a run from older data than the
/// model's latest run only fills in the history and raises nothing.
/// </summary>
public sealed class ForecastRunner(IDbContextFactory<VigilDb> dbFactory, CountryCatalog countries, TimeProvider clock)
{
    /// <summary>
    /// The stored run and the changes since the model's previous run, stored with it as signals; <paramref name="FillsHistory"/>
    /// when the model already had a run from newer data (nothing is compared then).
    /// </summary>
    public sealed record Outcome(ForecastRun Run, IReadOnlyList<WatchlistChange> Changes, bool FillsHistory = false);

    public async Task<Outcome> RunAsync(CountryYearTable table, IForecastModel model, CancellationToken cancellationToken)
    {
        var forecasts = LatestForecast.Compute(table, model, countries, cancellationToken);
        var trainingRows = table.Rows.Count(r => model.NeedsCompletePredictors ? r.IsCompleteCase : r.HasKnownTarget);
        var run = new ForecastRun(model.Name, table.Source, table.LastYear, trainingRows, clock.GetUtcNow().UtcDateTime, forecasts);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.ForecastRuns.Where(r => r.Model == run.Model).NewestFirst()
            .Select(r => new { r.Id, r.DataYear }).FirstOrDefaultAsync(cancellationToken);
        db.ForecastRuns.Add(run);
        // A forecast from older data than the model's latest (`--as-of`) fills in the history: nothing has changed now.
        IReadOnlyList<WatchlistChange> changes = [];
        if (latest is null || latest.DataYear <= run.DataYear)
        {
            var previous = latest is null ? null
                : await db.ForecastRuns.AsNoTracking().Include(r => r.Entries).FirstAsync(r => r.Id == latest.Id, cancellationToken);
            changes = WatchlistChange.Between(previous, run);
        }
        await StoreSignalsAsync(db, changes, run, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(run, changes, latest is not null && latest.DataYear > run.DataYear);
    }

    // A second run from the same data year refreshes its signals rather than adding others (SignalLedger).
    private static async Task StoreSignalsAsync(VigilDb db, IReadOnlyList<WatchlistChange> changes, ForecastRun run,
        CancellationToken cancellationToken)
    {
        var source = WatchlistChange.SourceOf(run.Model);
        var period = WatchlistChange.PeriodOf(run);
        var ledger = await SignalLedger.LoadAsync(db, WatchlistChange.Origin, s => s.DataSource == source && s.Period == period, cancellationToken);
        foreach (var change in changes)
        {
            ledger.Record(source, change.Iso3, "", period, change.Measure, [], change.Risk, change.PreviousRisk ?? 0, change.Risk, change.Severity,
                run.CreatedAt);
        }
    }
}
