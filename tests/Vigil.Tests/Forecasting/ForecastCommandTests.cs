using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.App.Cli;
using Vigil.Forecasting;
using Vigil.Tests.Infrastructure;
using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>End-to-end runs of `vigil forecast …` on the shared EWP data, each in its own data directory.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class ForecastCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-forecast-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Backtest_ReplicaOnSharedData_WritesFoosFileWithSaneAuc()
    {
        var data = SharedData.EwpTable();
        var output = Path.Combine(_dir, "foos.csv");
        var exit = await VigilCli.RunAsync(["forecast", "backtest", "--data", data, "--model", "ewp", "--out", output, "--data-dir", _dir]);
        Assert.Equal(VigilCli.Ok, exit);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.StartsWith("year,ewp_name,ccode,mk_onset,maxrisk2,minrank2", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.True(rows.Count > 4000, $"only {rows.Count} evaluated country-years");
        Assert.Equal(1994, rows.Min(r => int.Parse(r[0], CultureInfo.InvariantCulture)));
        var auc = ClassificationMetrics.Auc(
            [.. rows.Select(r => double.Parse(r[4], CultureInfo.InvariantCulture))],
            [.. rows.Select(r => int.Parse(r[3], CultureInfo.InvariantCulture))]);
        Assert.InRange(auc, 0.7, 0.95);
    }

    [Fact]
    public async Task Run_DefaultModelOnSharedData_WritesRankedForecastsAndStoresTheRun()
    {
        var data = SharedData.EwpTable();
        var output = Path.Combine(_dir, "run.csv");
        var exit = await VigilCli.RunAsync(["forecast", "run", "--data", data, "--out", output, "--data-dir", _dir]);
        Assert.Equal(VigilCli.Ok, exit);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.StartsWith("ccode,ewp_name,iso3,risk,rank,raising_risk,lowering_risk", lines[0]);
        Assert.StartsWith("1,", lines[1].Split(',')[4] + ",");
        Assert.True(lines.Length > 150);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "vigil.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM forecast_entries";
        Assert.Equal(lines.Length - 1, Convert.ToInt32(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture));
        Assert.Contains("risk_factor_effects", lines[0]);
        Assert.Matches(@"RF1 [+-]\d\.\d\d", lines[1]);
        await using var contributions = connection.CreateCommand();
        contributions.CommandText = "SELECT MIN(length(ContributionsJson)) FROM forecast_entries";
        Assert.True(Convert.ToInt32(await contributions.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture) > 100,
            "every stored forecast keeps all its predictors' contributions");
    }

    [Fact]
    public async Task Backtest_MalformedTable_ExitsOneNamingLineAndColumn()
    {
        var data = SharedData.EwpTable();
        var lines = (await File.ReadAllLinesAsync(data, TestContext.Current.CancellationToken)).Take(50).ToArray();
        var fields = lines[4].Split(',');
        fields[20] = "n/a?";
        lines[4] = string.Join(",", fields);
        var bad = Path.Combine(_dir, "bad.csv");
        await File.WriteAllLinesAsync(bad, lines, TestContext.Current.CancellationToken);
        var (exit, error) = await ConsoleCapture.RunAsync("forecast", "backtest", "--data", bad, "--model", "ewp", "--data-dir", _dir);
        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("bad.csv:5", error.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AsOfOutsideTheTable_IsBadInputNamingTheRange()
    {
        var (exit, output) = await ConsoleCapture.RunAsync("forecast", "run", "--data", SharedData.EwpTable(), "--as-of", "1950", "--data-dir", _dir);
        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("--as-of 1950: the table covers 1960–2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_UnknownModel_IsAUsageError()
    {
        var exit = await VigilCli.RunAsync(["forecast", "backtest", "--data", "x.csv", "--model", "crystal-ball", "--data-dir", _dir]);
        Assert.Equal(VigilCli.UsageError, exit);
    }
}
