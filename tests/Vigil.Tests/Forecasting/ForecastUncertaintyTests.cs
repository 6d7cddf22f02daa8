using Vigil.App.Cli;
using Vigil.Forecasting;
using Vigil.Tests.Infrastructure;
using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>Bootstrap intervals, the paired comparison of two backtests, and the FOOS file they read.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class ForecastUncertaintyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-foos-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ScoreInterval_TwoAndAHalfAndNinetySevenAndAHalfPercentiles_Interpolated()
    {
        // 0…100: the 2.5th percentile sits at position 2.5 → 2.5, the 97.5th at 97.5 → 97.5; NaN draws are ignored.
        var interval = ScoreInterval.Of([.. Enumerable.Range(0, 101).Select(i => (double)i), double.NaN]);
        Assert.Equal(2.5, interval.Low, 12);
        Assert.Equal(97.5, interval.High, 12);
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 5, 0.0625)]   // 2 × (½)^5
    [InlineData(1, 4, 0.375)]    // 2 × (1 + 5) / 32
    [InlineData(2, 2, 1.0)]
    [InlineData(3, 10, 0.0923)]  // 2 × (1 + 13 + 78 + 286) / 8192 = 0.09228…
    public void ExactMcNemar_HandComputed(int b, int c, double p) =>
        Assert.Equal(p, ModelComparison.ExactMcNemar(b, c), 4);

    [Fact]
    public void YearBootstrap_PerfectForecasts_HaveNoUncertainty()
    {
        var rows = Years(10, (year, i) => i == 0 ? (1, 0.9, 1) : (0, 0.01, 2));
        var intervals = YearBootstrap.Scores(rows, replicates: 200);
        Assert.Equal(new ScoreInterval(1, 1), intervals.Auc);
        Assert.Equal(new ScoreInterval(1, 1), intervals.RecallAt30);
    }

    [Fact]
    public void YearBootstrap_NoisyForecasts_IntervalHoldsThePointEstimateAndIsReproducible()
    {
        var random = new Random(7);
        var rows = Years(30, (year, i) => random.NextDouble() < 0.05 ? (1, random.NextDouble(), 1 + random.Next(40)) : (0, random.NextDouble() * 0.8, 1 + random.Next(40)));
        var point = ForecastScores.From(rows);
        var first = YearBootstrap.Scores(rows, replicates: 500);
        Assert.True(first.Auc.Contains(point.Auc), $"{point.Auc} outside {first.Auc}");
        Assert.True(first.Auc.High - first.Auc.Low > 0.02, "a noisy backtest has a real interval");
        Assert.Equal(first, YearBootstrap.Scores(rows, replicates: 500));
        Assert.NotEqual(first.Auc, YearBootstrap.Scores(rows, replicates: 500, seed: 2).Auc);
    }

    [Fact]
    public void Compare_SameBacktestTwice_DiffersByNothing()
    {
        var random = new Random(3);
        var rows = Years(12, (year, i) => i < 2 && year % 3 == 0 ? (1, random.NextDouble(), 1 + random.Next(50)) : (0, random.NextDouble(), 1 + random.Next(50)));
        var comparison = ModelComparison.Of("a", rows, "b", rows, replicates: 200);
        Assert.Equal(new ScoreInterval(0, 0), comparison.AucDifference);
        Assert.Equal(new ScoreInterval(0, 0), comparison.RecallAt30Difference);
        Assert.Empty(comparison.CaughtOnlyByFirst);
        Assert.Empty(comparison.CaughtOnlyBySecond);
        Assert.Equal(1.0, comparison.McNemarP);
        Assert.Equal(rows.Count, comparison.Paired);
    }

    [Fact]
    public void Compare_SecondCatchesAnOnsetTheFirstMissed_ListsItAndPairsByYearAndName()
    {
        List<FoosRow> first =
        [
            new(2000, "Alpha", 1, 1, 0.02, 45, null, null),
            new(2000, "Beta", 2, 0, 0.30, 1, null, null),
            new(2001, "Gamma", 3, 1, 0.40, 1, null, null),
            new(2001, "Delta", 4, 0, 0.10, 2, null, null),
            new(2002, "Only first", 5, 0, 0.10, 2, null, null),
        ];
        List<FoosRow> second =
        [
            new(2000, "Alpha", 1, 1, 0.35, 3, null, null),
            new(2000, "Beta", 2, 0, 0.20, 4, null, null),
            new(2001, "Gamma", 3, 1, 0.40, 1, null, null),
            new(2001, "Delta", 4, 0, 0.10, 2, null, null),
        ];
        var comparison = ModelComparison.Of("ewp", first, "ensemble", second, replicates: 100);
        Assert.Equal(4, comparison.Paired);
        Assert.Equal(1, comparison.OnlyFirst);
        Assert.Empty(comparison.CaughtOnlyByFirst);
        Assert.Equal("Alpha", Assert.Single(comparison.CaughtOnlyBySecond).EwpName);
        Assert.Equal(0.5, comparison.FirstScores.RecallAt30);
        Assert.Equal(1.0, comparison.SecondScores.RecallAt30);
        Assert.Equal(1.0, comparison.McNemarP);
    }

    [Fact]
    public void Compare_OutcomesDisagree_IsRefused()
    {
        List<FoosRow> a = [new(2000, "Alpha", 1, 1, 0.2, 1, null, null), new(2000, "Beta", 2, 0, 0.1, 2, null, null)];
        List<FoosRow> b = [new(2000, "Alpha", 1, 0, 0.2, 1, null, null), new(2000, "Beta", 2, 0, 0.1, 2, null, null)];
        var error = Assert.Throws<ArgumentException>(() => ModelComparison.Of("a", a, "b", b, replicates: 100));
        Assert.Contains("Alpha 2000", error.Message);
    }

    [Fact]
    public void FoosFile_WrittenThenRead_KeepsTheFoosColumns()
    {
        var rows = Years(3, (year, i) => i == 1 ? (1, 0.25, 2) : (0, 0.125, 3));
        var path = Path.Combine(_dir, "foos.csv");
        FoosFile.Write(path, new FoosResult("ewp", rows, [], TimeSpan.Zero));
        var read = FoosFile.Read(path);
        Assert.Equal(rows.Select(r => (r.Year, r.EwpName, r.Ccode, r.MkOnset, r.MaxRisk2, r.MinRank2)),
            read.Select(r => (r.Year, r.EwpName, r.Ccode, r.MkOnset, r.MaxRisk2, r.MinRank2)));
    }

    [Theory]
    [InlineData("year,ewp_name,ccode,mk_onset,maxrisk2\n2000,Alpha,1,0,0.1\n", ":1: column 'minrank2': missing")]
    [InlineData("year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n2000,Alpha,1,0,0.1,1\n2000,Beta,2,0,high,2\n", ":3: column 'maxrisk2': 'high' is not a probability")]
    [InlineData("year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n2000,Alpha,1,2,0.1,1\n", ":2: column 'mk_onset': '2' is not 0 or 1")]
    [InlineData("year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n2000,Alpha,1,0,0.1,1\n2000,Alpha,1,0,0.1,1\n", ":3: column 'ewp_name': 'Alpha' appears twice in 2000")]
    public void FoosFile_BadInput_NamesLineAndColumn(string text, string expected)
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, text);
        var error = Assert.Throws<ForecastDataException>(() => FoosFile.Read(path));
        Assert.Contains("bad.csv" + expected, error.Message);
    }

    [Fact]
    public async Task CompareVerb_TwoFiles_PrintsTheDifferenceAndTheDiscordantOnsets()
    {
        var first = Path.Combine(_dir, "ewp.csv");
        var second = Path.Combine(_dir, "ensemble.csv");
        File.WriteAllText(first, "year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n2000,Alpha,1,1,0.01,40\n2000,Beta,2,0,0.3,1\n2001,Gamma,3,1,0.4,1\n2001,Delta,4,0,0.1,2\n");
        File.WriteAllText(second, "year,ewp_name,ccode,mk_onset,maxrisk2,minrank2\n2000,Alpha,1,1,0.5,1\n2000,Beta,2,0,0.3,2\n2001,Gamma,3,1,0.4,1\n2001,Delta,4,0,0.1,2\n");
        var (exit, output) = await ConsoleCapture.RunAsync(["forecast", "compare", first, second, "--replicates", "200"]);
        Assert.Equal(VigilCli.Ok, exit);
        Assert.Contains("by ensemble only: Alpha 2000 (rank 1)", output);
        Assert.Contains("recall@30 difference +0.50", output);

        (exit, output) = await ConsoleCapture.RunAsync(["forecast", "compare", first, Path.Combine(_dir, "missing.csv")]);
        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("missing.csv: file not found", output);
    }

    // Years 2000… with five countries each; the function gives (onset, risk, rank) per year and position.
    private static List<FoosRow> Years(int count, Func<int, int, (int Onset, double Risk, int Rank)> row) =>
        [.. Enumerable.Range(2000, count).SelectMany(year => Enumerable.Range(0, 5).Select(i =>
        {
            var (onset, risk, rank) = row(year, i);
            return new FoosRow(year, $"Country {i}", i + 1, onset, risk, rank, null, null);
        }))];
}
