using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Forecasting;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;
using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>Forecast runs feed alerts: changes in the ranking between runs of a model become signals, then alerts.</summary>
public sealed class WatchlistChangeTests
{
    [Fact]
    public void Between_FirstRun_ReportsOnlyItsTopTen()
    {
        var run = Run(Enumerable.Range(1, 40).Select(rank => ($"C{rank:00}", rank)));
        var changes = WatchlistChange.Between(null, run);
        Assert.Equal(10, changes.Count);
        Assert.All(changes, c => Assert.Equal((WatchlistChange.Top10, SignalSeverity.High), (c.Measure, c.Severity)));
        Assert.Null(changes[0].PreviousRank);
    }

    [Fact]
    public void Between_SecondRun_ClassifiesEntriesIntoTopTenAndThirtyAndSharpRises()
    {
        var before = Run([("AAA", 11), ("BBB", 31), ("CCC", 75), ("DDD", 5), ("EEE", 40), ("FFF", 29)]);
        var after = Run([("AAA", 9), ("BBB", 30), ("CCC", 55), ("DDD", 3), ("EEE", 35), ("FFF", 12), ("NEW", 20)]);
        var changes = WatchlistChange.Between(before, after).ToDictionary(c => c.Iso3);
        Assert.Equal((WatchlistChange.Top10, SignalSeverity.High, 11), (changes["AAA"].Measure, changes["AAA"].Severity, changes["AAA"].PreviousRank!.Value));
        Assert.Equal((WatchlistChange.Top30, SignalSeverity.Moderate), (changes["BBB"].Measure, changes["BBB"].Severity));
        Assert.Equal((WatchlistChange.Rise, SignalSeverity.Low), (changes["CCC"].Measure, changes["CCC"].Severity));
        Assert.Equal(WatchlistChange.Top30, changes["NEW"].Measure);
        // Already in the top 10; a 5-place climb; a rise within the top 30.
        Assert.False(changes.ContainsKey("DDD"));
        Assert.False(changes.ContainsKey("EEE"));
        Assert.False(changes.ContainsKey("FFF"));
        Assert.Equal(after.Entries.Single(e => e.Iso3 == "AAA").Risk * 100, changes["AAA"].Risk, 9);
    }

    [Fact]
    public void AsOf_PreviousYear_DropsLaterRowsAndForgetsOutcomesAfterIt()
    {
        var values = new double[PredictorCatalog.All.Count];
        var table = new CountryYearTable("t", [
            new CountryYear("Aland", 2021, 1, values, 0, 1, 0, 1, 2),
            new CountryYear("Aland", 2022, 1, values, 0, 1, 1, 0, 3),
            new CountryYear("Aland", 2023, 1, values, 1, 0, 0, 0, 4),
            new CountryYear("Aland", 2024, 1, values, 0, 0, null, null, 5),
        ]);
        var asOf = table.AsOf(2023);
        Assert.Equal(2023, asOf.LastYear);
        var (y2021, y2022, y2023) = (asOf.Rows[0], asOf.Rows[1], asOf.Rows[2]);
        Assert.True(y2021.HasKnownTarget, "2021's two years (2022, 2023) are both known in 2023");
        Assert.Equal(((int?)1, (int?)0, (int?)1), (y2021.MkOnset1Or2, y2021.MkOnset1, y2021.MkOnset2));
        Assert.Equal(((int?)1, (int?)1, (int?)null), (y2022.MkOnset1Or2, y2022.MkOnset1, y2022.MkOnset2));
        Assert.Equal(((int?)0, (int?)null, (int?)null), (y2023.MkOnset1Or2, y2023.MkOnset1, y2023.MkOnset2));
        Assert.True(y2022.HasKnownTarget, "an onset in 2023 is already known");
        Assert.False(y2023.HasKnownTarget);
        Assert.False(y2023.IsCompleteCase);
    }

    [Fact]
    public async Task RunAsync_TwoRuns_StoreChangesAsSignalsThatBecomeReadableAlerts()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var runner = server.Services.GetRequiredService<ForecastRunner>();
        string[] names = ["Sudan", "Norway", "Myanmar"];
        var first = await runner.RunAsync(Table(names), new ScriptedModel(new() { ["Sudan"] = 0.3, ["Norway"] = 0.001, ["Myanmar"] = 0.2 }), ct);
        Assert.Equal(3, first.Changes.Count);

        var raised = await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct);
        Assert.Equal(3, raised.Raised);
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            var rule = await db.Set<AlertRule>().SingleAsync(ct);
            Assert.Equal((WatchlistChange.Origin, "Rise in the forecast watchlist"), (rule.Origin, rule.Name));
            var signal = await db.Set<Signal>().SingleAsync(s => s.CountryIso3 == "SDN", ct);
            Assert.Equal(("ewp:scripted", WatchlistChange.Top10, 30.0), (signal.DataSource, signal.Measure, signal.Observed));
        }
        var inbox = await server.Client.GetStringAsync("/alerts", ct);
        Assert.Contains("Sudan: entered the top 10 of the forecast", inbox, StringComparison.Ordinal);

        var second = await runner.RunAsync(Table(names), new ScriptedModel(new() { ["Sudan"] = 0.1, ["Norway"] = 0.4, ["Myanmar"] = 0.2 }), ct);
        Assert.Empty(second.Changes);
        Assert.Equal(0, (await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct)).Raised);

        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            var alert = await db.Set<Alert>().FirstAsync(a => a.CountryIso3 == "SDN", ct);
            var detail = await server.Client.GetAsync($"/alerts/{alert.Id}", ct);
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
            var html = await detail.Content.ReadAsStringAsync(ct);
            Assert.Contains("href=\"/forecasts/SDN\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("alert-charts", html, StringComparison.Ordinal);
        }
        var forecastPage = await server.Client.GetStringAsync("/forecasts/SDN", ct);
        Assert.Contains("<a href=\"/alerts?country=SDN\" id=\"forecast-alerts-link\">1 open alert(s) from the watchlist</a>", forecastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FromOlderDataAfterTheLatest_FillsInTheHistoryWithoutSignalsOrBecomingLatest()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var runner = server.Services.GetRequiredService<ForecastRunner>();
        string[] names = ["Sudan", "Norway"];
        var latest = await runner.RunAsync(Table(names), new ScriptedModel(new() { ["Sudan"] = 0.3, ["Norway"] = 0.001 }), ct);
        var backfill = await runner.RunAsync(Table(names, 2020), new ScriptedModel(new() { ["Sudan"] = 0.001, ["Norway"] = 0.3 }), ct);

        Assert.Empty(backfill.Changes);
        Assert.True(backfill.FillsHistory);
        Assert.False(latest.FillsHistory);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        Assert.Equal(2, await db.Set<Signal>().CountAsync(ct));
        var viewer = Vigil.Security.Viewer.System;
        Assert.Equal(latest.Run.Id, (await db.LatestRunAsync(viewer, ct))!.Id);
        var history = await db.CountryHistoryAsync("SDN", viewer, ct);
        Assert.Equal([2020, 2024], history.Select(h => h.Run.DataYear));
        var risks = await db.RecentRisksAsync(viewer, 12, ct);
        Assert.Equal([0.001, 0.3], risks["Sudan"].Select(p => p.Risk));
    }

    private static ForecastRun Run(IEnumerable<(string Iso3, int Rank)> ranks) =>
        new("ensemble", "test.csv", 2024, 100, DateTime.UtcNow,
            ranks.Select(r => new CountryForecast(r.Iso3, 1, r.Iso3, 2024, 1.0 / (r.Rank + 1), r.Rank, [], [], [])));

    private static CountryYearTable Table(string[] names, int year = 2024) =>
        new("test.csv", [.. names.Select((name, i) => new CountryYear(name, year, 0, new double[PredictorCatalog.All.Count], 0, 0, null, null, i + 2))]);

    /// <summary>Each country's risk as scripted, whatever the data.</summary>
    private sealed class ScriptedModel(Dictionary<string, double> risks) : IForecastModel, ITrainedForecaster
    {
        public string Name => "scripted";

        public string Description => "test double";

        public bool NeedsCompletePredictors => false;

        public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken) => this;

        public double[] Predict(IReadOnlyList<CountryYear> rows) => [.. rows.Select(r => risks[r.EwpName])];

        public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => [];
    }
}
