using Vigil.Countries;

namespace Vigil.Forecasting;

/// <summary>
/// Trains a model on every year whose outcome is known and forecasts from the latest year's rows,
/// with explanations. Pure computation; <see cref="ForecastRunner"/> stores the result.
/// </summary>
public static class LatestForecast
{
    public const int DriversShown = 3;

    public static List<CountryForecast> Compute(CountryYearTable table, IForecastModel model, CountryCatalog countries,
        CancellationToken cancellationToken)
    {
        var trained = model.Train(table.Rows, cancellationToken);
        var latest = table.LastYear;
        var rows = table.Rows.Where(r => r.Year == latest && (!model.NeedsCompletePredictors || r.HasCompletePredictors)).ToList();
        var ranked = FoosBacktest.Rank(rows, trained.Predict(rows));
        var byName = rows.ToDictionary(r => r.EwpName);
        return [.. ranked.OrderBy(f => f.Rank).ThenBy(f => f.EwpName, StringComparer.Ordinal).Select(f =>
        {
            var explanation = trained.Explain(byName[f.EwpName]);
            return new CountryForecast(f.EwpName, f.Ccode, Iso3Of(f, countries), latest, f.Risk, f.Rank,
                [.. explanation.Where(c => c.Contribution > 0).Take(DriversShown)],
                [.. explanation.Where(c => c.Contribution < 0).Take(DriversShown)],
                explanation);
        })];
    }

    private static string? Iso3Of(YearForecast forecast, CountryCatalog countries) =>
        (countries.Resolve(forecast.EwpName) ?? countries.FindByCow(forecast.Ccode))?.Iso3;
}
