namespace Vigil.Forecasting;

/// <summary>AUC, recall@10/20/30 and Brier score of forecasts of record; <see cref="Year"/> is null for the pooled figures.</summary>
public sealed record ForecastScores(int? Year, int CountryYears, int Onsets, double Auc, double RecallAt10, double RecallAt20,
    double RecallAt30, double Brier)
{
    public static ForecastScores From(IReadOnlyList<FoosRow> rows, int? year = null)
    {
        int[] outcomes = [.. rows.Select(r => r.MkOnset)];
        int[] ranks = [.. rows.Select(r => r.MinRank2)];
        return new ForecastScores(year, rows.Count, outcomes.Sum(),
            ClassificationMetrics.Auc([.. rows.Select(r => r.MaxRisk2)], outcomes),
            ClassificationMetrics.RecallAt(10, ranks, outcomes),
            ClassificationMetrics.RecallAt(20, ranks, outcomes),
            ClassificationMetrics.RecallAt(30, ranks, outcomes),
            ClassificationMetrics.Brier([.. rows.Select(r => r.MaxRisk2)], outcomes));
    }
}
