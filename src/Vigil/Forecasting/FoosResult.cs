namespace Vigil.Forecasting;

/// <summary>A finished backtest: the evaluated country-years, the raw yearly forecasts, and the scores.</summary>
public sealed record FoosResult(string Model, IReadOnlyList<FoosRow> Rows, IReadOnlyList<YearForecast> Forecasts, TimeSpan Elapsed)
{
    public ForecastScores Scores => ForecastScores.From(Rows);

    public IReadOnlyList<ForecastScores> ScoresByYear =>
        [.. Rows.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => ForecastScores.From([.. g], g.Key))];
}
