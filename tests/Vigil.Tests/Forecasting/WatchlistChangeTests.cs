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
    public void Between_FirstRun_ReportsNothing()
    {
        // No baseline: a country first in the only run has not "entered" the top 10.
        var run = Run(Enumerable.Range(1, 40).Select(rank => ($"C{rank:00}", rank)));
        Assert.Empty(WatchlistChange.Between(null, run));
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
    public async Task RunAsync_FirstRunRaisesNothingAndTheNextIsDatedByDataYear()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var runner = server.Services.GetRequiredService<ForecastRunner>();
        // Twelve countries, so that one can start outside the top 10; Sudan is first in both runs.
        string[] names = ["Sudan", "Norway", "Myanmar", "Chad", "Mali", "Niger", "Kenya", "Peru", "Chile", "Ghana", "Togo", "Benin"];
        Dictionary<string, double> Risks(string norwayRisk) => names.Select((n, i) => (n, Risk: n switch
        {
            "Sudan" => 0.5,
            "Norway" => double.Parse(norwayRisk, System.Globalization.CultureInfo.InvariantCulture),
            _ => 0.2 - i * 0.01,
        })).ToDictionary(x => x.n, x => x.Risk);

        var first = await runner.RunAsync(Table(names, 2023), new ScriptedModel(Risks("0.0001")), ct);
        Assert.Equal(12, first.Run.Entries.Single(e => e.Iso3 == "NOR").Rank);
        Assert.Empty(first.Changes);
        Assert.Equal(0, (await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct)).Raised);

        var second = await runner.RunAsync(Table(names, 2024), new ScriptedModel(Risks("0.4")), ct);
        var change = Assert.Single(second.Changes);
        Assert.Equal(("NOR", WatchlistChange.Top10, 2, (int?)12), (change.Iso3, change.Measure, change.Rank, change.PreviousRank));
        Assert.Equal(1, (await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct)).Raised);
        Guid alertId;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            var rule = await db.Set<AlertRule>().SingleAsync(ct);
            Assert.Equal((WatchlistChange.Origin, "Rise in the forecast watchlist"), (rule.Origin, rule.Name));
            var signal = await db.Set<Signal>().SingleAsync(ct);
            // Dated by the data year the run forecasts from, not by the month it ran in.
            Assert.Equal(("NOR", "ewp:scripted", new DateOnly(2024, 1, 1), 40.0), (signal.CountryIso3, signal.DataSource, signal.Period, signal.Observed));
            var alert = await db.Set<Alert>().SingleAsync(ct);
            Assert.Equal(("NOR", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1)), (alert.CountryIso3, alert.FirstPeriod, alert.LastPeriod));
            alertId = alert.Id;
        }
        var inbox = await server.Client.GetStringAsync("/alerts", ct);
        Assert.Contains("Norway: entered the top 10 of the forecast, <span class=\"nowrap\">data year 2024</span>", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("Sudan", inbox, StringComparison.Ordinal);

        var detail = await server.Client.GetAsync($"/alerts/{alertId}", ct);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var html = await detail.Content.ReadAsStringAsync(ct);
        Assert.Contains("href=\"/forecasts/NOR\"", html, StringComparison.Ordinal);
        Assert.Contains("Raised: the country entered the top 10 of the forecast, data year 2024", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-charts", html, StringComparison.Ordinal);
        var forecastPage = await server.Client.GetStringAsync("/forecasts/NOR", ct);
        Assert.Contains("<a href=\"/alerts?country=NOR\" id=\"forecast-alerts-link\">1 open alert(s) from the watchlist</a>", forecastPage, StringComparison.Ordinal);

        // The same data year again: compared with the run before it, nothing has changed, and nothing new is raised.
        var again = await runner.RunAsync(Table(names, 2024), new ScriptedModel(Risks("0.4")), ct);
        Assert.Empty(again.Changes);
        Assert.Equal(0, (await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct)).Raised);
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
        // The first run is the baseline and the backfill changes nothing now: no signals.
        Assert.Equal(0, await db.Set<Signal>().CountAsync(ct));
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
