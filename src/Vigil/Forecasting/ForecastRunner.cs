using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.Forecasting;

/// <summary>The `forecast run` use case: train on all known years, forecast from the latest, store the run.</summary>
public sealed class ForecastRunner(IDbContextFactory<VigilDb> dbFactory, CountryCatalog countries, TimeProvider clock)
{
    public async Task<ForecastRun> RunAsync(CountryYearTable table, IForecastModel model, CancellationToken cancellationToken)
    {
        var forecasts = LatestForecast.Compute(table, model, countries, cancellationToken);
        var trainingRows = table.Rows.Count(r => model.NeedsCompletePredictors ? r.IsCompleteCase : r.HasKnownTarget);
        var run = new ForecastRun(model.Name, table.Source, table.LastYear, trainingRows, clock.GetUtcNow().UtcDateTime, forecasts);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ForecastRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}
