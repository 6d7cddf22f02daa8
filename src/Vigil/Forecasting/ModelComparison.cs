namespace Vigil.Forecasting;

/// <summary>
/// Two backtests of the same country-years side by side: each model's scores, the difference
/// (second minus first) with its 95 % interval from <see cref="YearBootstrap"/> on paired draws,
/// and the onsets one model ranked in the top 30 of their year and the other did not, with the
/// exact McNemar test on those discordant onsets. Rows are paired by year and country name;
/// rows only one backtest has are counted, not scored.
/// </summary>
public sealed record ModelComparison(
    string First,
    string Second,
    int Paired,
    int OnlyFirst,
    int OnlySecond,
    ForecastScores FirstScores,
    ForecastScores SecondScores,
    ScoreInterval AucDifference,
    ScoreInterval RecallAt30Difference,
    ScoreInterval BrierDifference,
    IReadOnlyList<FoosRow> CaughtOnlyByFirst,
    IReadOnlyList<FoosRow> CaughtOnlyBySecond,
    double McNemarP,
    int Replicates)
{
    public const int TopK = 30;

    public static ModelComparison Of(string first, IReadOnlyList<FoosRow> a, string second, IReadOnlyList<FoosRow> b,
        int replicates = YearBootstrap.DefaultReplicates, int seed = YearBootstrap.DefaultSeed)
    {
        var byKey = b.ToDictionary(r => (r.Year, r.EwpName));
        var pairs = a.Where(r => byKey.ContainsKey((r.Year, r.EwpName))).Select(r => (A: r, B: byKey[(r.Year, r.EwpName)])).ToList();
        if (pairs.Count == 0)
        {
            throw new ArgumentException("The two backtests share no country-year (paired by year and ewp_name).");
        }
        if (pairs.FirstOrDefault(p => p.A.MkOnset != p.B.MkOnset) is { A: not null } clash)
        {
            throw new ArgumentException($"The backtests disagree on the outcome of {clash.A.EwpName} {clash.A.Year}; they were not run on the same data.");
        }
        var draws = YearBootstrap.Paired(pairs, replicates, seed);
        List<FoosRow> onlyFirst = [.. pairs.Where(p => p.A.MkOnset == 1 && p.A.MinRank2 <= TopK && p.B.MinRank2 > TopK).Select(p => p.A)];
        List<FoosRow> onlySecond = [.. pairs.Where(p => p.A.MkOnset == 1 && p.B.MinRank2 <= TopK && p.A.MinRank2 > TopK).Select(p => p.B)];
        return new ModelComparison(first, second, pairs.Count, a.Count - pairs.Count, b.Count - pairs.Count,
            ForecastScores.From([.. pairs.Select(p => p.A)]), ForecastScores.From([.. pairs.Select(p => p.B)]),
            ScoreInterval.Of(draws.Select(d => d.B.Auc - d.A.Auc)),
            ScoreInterval.Of(draws.Select(d => d.B.RecallAt30 - d.A.RecallAt30)),
            ScoreInterval.Of(draws.Select(d => d.B.Brier - d.A.Brier)),
            onlyFirst, onlySecond, ExactMcNemar(onlyFirst.Count, onlySecond.Count), replicates);
    }

    /// <summary>Two-sided exact McNemar p-value: the binomial(b + c, ½) chance of a split at least as uneven as b : c.</summary>
    public static double ExactMcNemar(int b, int c)
    {
        var n = b + c;
        if (n == 0)
        {
            return 1;
        }
        var tail = 0.0;
        for (var i = 0; i <= Math.Min(b, c); i++)
        {
            tail += Math.Exp(LogChoose(n, i) - n * Math.Log(2));
        }
        return Math.Min(1, 2 * tail);
    }

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }
        return sum;
    }
}
