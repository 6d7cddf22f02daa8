namespace Vigil.Forecasting;

/// <summary>
/// How much the FOOS scores could move by chance: whole years are drawn with replacement (a year's
/// forecasts are ranked against each other, so a year is the unit that can be resampled without
/// breaking recall@k) and the scores recomputed on each draw. With 39 onsets in 31 years the
/// intervals are wide; they are what a reader needs beside any difference between models.
/// The seed is fixed so the printed intervals are reproducible.
/// </summary>
public static class YearBootstrap
{
    public const int DefaultReplicates = 2000;
    public const int DefaultSeed = 1994;

    public static ScoreIntervals Scores(IReadOnlyList<FoosRow> rows, int replicates = DefaultReplicates, int seed = DefaultSeed)
    {
        var draws = Draw(rows.GroupBy(r => r.Year).Select(g => g.ToArray()).ToArray(), replicates, seed)
            .Select(sample => ForecastScores.From(sample))
            .ToList();
        return new ScoreIntervals(replicates,
            ScoreInterval.Of(draws.Select(s => s.Auc)),
            ScoreInterval.Of(draws.Select(s => s.RecallAt10)),
            ScoreInterval.Of(draws.Select(s => s.RecallAt20)),
            ScoreInterval.Of(draws.Select(s => s.RecallAt30)),
            ScoreInterval.Of(draws.Select(s => s.Brier)));
    }

    /// <summary>
    /// Resamples years of paired rows and returns, per draw, the scores of the first and of the
    /// second model on the same draw (so their differences keep the pairing).
    /// </summary>
    public static IReadOnlyList<(ForecastScores A, ForecastScores B)> Paired(IReadOnlyList<(FoosRow A, FoosRow B)> pairs,
        int replicates = DefaultReplicates, int seed = DefaultSeed) =>
        [.. Draw(pairs.GroupBy(p => p.A.Year).Select(g => g.ToArray()).ToArray(), replicates, seed)
            .Select(sample => (ForecastScores.From([.. sample.Select(p => p.A)]), ForecastScores.From([.. sample.Select(p => p.B)])))];

    private static IEnumerable<List<T>> Draw<T>(T[][] years, int replicates, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var random = new Random(seed);
        for (var r = 0; r < replicates; r++)
        {
            var sample = new List<T>();
            for (var y = 0; y < years.Length; y++)
            {
                sample.AddRange(years[random.Next(years.Length)]);
            }
            yield return sample;
        }
    }
}
