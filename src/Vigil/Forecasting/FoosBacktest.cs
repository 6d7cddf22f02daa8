using System.Diagnostics;

namespace Vigil.Forecasting;

/// <summary>
/// The EWP's "fake out-of-sample" backtest. For each last training year T it trains on the rows
/// of years ≤ T and forecasts from the rows of year T+2 (the first year whose two-year outcome
/// window the training data cannot see). Year Y is then judged on the larger of the forecasts made
/// from Y−1 and Y−2 (matched by ewp_name; one alone when the other is missing).
/// </summary>
public static class FoosBacktest
{
    public const int FirstTrainingYear = 1991;
    public const int LastTrainingYear = 2021;
    public const int Gap = 2;

    public static FoosResult Run(CountryYearTable table, IForecastModel model, IProgress<int>? progress = null,
        int firstTrainingYear = FirstTrainingYear, int lastTrainingYear = LastTrainingYear, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var years = Enumerable.Range(firstTrainingYear, lastTrainingYear - firstTrainingYear + 1).ToArray();
        var forecasts = new List<YearForecast>[years.Length];
        var done = 0;
        Parallel.For(0, years.Length, new ParallelOptions { CancellationToken = cancellationToken }, t =>
        {
            forecasts[t] = Refit(table.Rows, model, years[t], cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        var all = forecasts.SelectMany(f => f).ToList();
        var rows = Combine(all, table.Rows);
        return new FoosResult(model.Name, rows, all, clock.Elapsed);
    }

    /// <summary>Trains on years ≤ <paramref name="lastTrainingYear"/> and ranks the forecasts from year +2's rows.</summary>
    public static List<YearForecast> Refit(IReadOnlyList<CountryYear> rows, IForecastModel model, int lastTrainingYear,
        CancellationToken cancellationToken)
    {
        var trained = model.Train([.. rows.Where(r => r.Year <= lastTrainingYear)], cancellationToken);
        // Every model forecasts the same country-years (complete predictors), so their scores compare like for like.
        var target = rows.Where(r => r.Year == lastTrainingYear + Gap && r.HasCompletePredictors).ToList();
        return Rank(target, trained.Predict(target));
    }

    public static List<YearForecast> Rank(IReadOnlyList<CountryYear> rows, double[] risks)
    {
        var scored = Enumerable.Range(0, rows.Count).Where(i => !double.IsNaN(risks[i])).ToList();
        var ranks = ClassificationMetrics.RiskRanks([.. scored.Select(i => risks[i])]);
        return [.. scored.Select((i, k) => new YearForecast(rows[i].EwpName, rows[i].Ccode, rows[i].Year, risks[i], ranks[k]))];
    }

    /// <summary>The forecast of record for every country-year with an outcome and at least one forecast from the two years before.</summary>
    public static List<FoosRow> Combine(IReadOnlyList<YearForecast> forecasts, IReadOnlyList<CountryYear> rows)
    {
        var byCountryYear = forecasts.ToDictionary(f => (f.EwpName, f.DataYear));
        var result = new List<FoosRow>();
        foreach (var row in rows.OrderBy(r => r.Year).ThenBy(r => r.EwpName, StringComparer.Ordinal))
        {
            if (row.MkOnset is not { } onset)
            {
                continue;
            }
            var before = byCountryYear.GetValueOrDefault((row.EwpName, row.Year - 1));
            var twoBefore = byCountryYear.GetValueOrDefault((row.EwpName, row.Year - 2));
            if (before is null && twoBefore is null)
            {
                continue;
            }
            var maxRisk = Math.Max(before?.Risk ?? double.NegativeInfinity, twoBefore?.Risk ?? double.NegativeInfinity);
            var minRank = Math.Min(before?.Rank ?? int.MaxValue, twoBefore?.Rank ?? int.MaxValue);
            result.Add(new FoosRow(row.Year, row.EwpName, row.Ccode, onset, maxRisk, minRank, before?.Risk, twoBefore?.Risk));
        }
        return result;
    }
}
