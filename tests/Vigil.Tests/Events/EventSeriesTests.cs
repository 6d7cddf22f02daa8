using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.App.Cli;
using Vigil.Events.Escalation;
using Vigil.Events.Series;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>Monthly series and the scan over stored events: synthetic files, then the shared CAR data.</summary>
public sealed class EventSeriesTests : IDisposable
{
    private const string AcledHeader = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string SyntheticAcled() => _temp.Write("acled.csv",
    [
        AcledHeader,
        "CEN1,2013-01-05,2013,1,Violence against civilians,Attack,Seleka,Civilians,2,7,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,3,n,CAF",
        "CEN2,2013-01-20,2013,1,Battles,Armed clash,Seleka,Military Forces,2,1,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,10,n,CAF",
        "CEN3,2013-03-02,2013,1,Violence against civilians,Attack,Anti-balaka,Civilians,4,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,7,n,CAF",
        "CEN4,2013-03-09,2013,1,Protests,Peaceful protest,Protesters,,6,0,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
    ]);

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ForCountry_SyntheticEvents_MonthlyTotalsWithZeroMonths(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SyntheticAcled());
        var queries = store.Services.GetRequiredService<SeriesQueries>();

        var national = (await queries.ForCountryAsync("CAF", null, null, TestContext.Current.CancellationToken))!;
        Assert.Equal("acled", national.Source);
        Assert.Equal(
            [
                new SeriesRow("CAF", "", 201301, 2, 13, 1, 3),
                new SeriesRow("CAF", "", 201302, 0, 0, 0, 0),
                new SeriesRow("CAF", "", 201303, 2, 7, 1, 7),
            ],
            national.Rows);

        var ouham = (await queries.ForCountryAsync("CAF", "Ouham", null, TestContext.Current.CancellationToken))!;
        Assert.Equal([(201301, 1, 0), (201302, 0, 0), (201303, 1, 1)], ouham.Rows.Select(r => (r.Month, r.Events, r.CivilianEvents)));
        Assert.All(ouham.Rows, r => Assert.Equal("Ouham", r.Admin1));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ForCountry_GedEventSpanningAYear_SpreadOverItsMonths(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var header = "id,year,type_of_violence,country,country_id,adm_1,date_prec,date_start,date_end,deaths_civilians,low,best,high";
        await store.ImportAsync(_temp.Write("ged.csv",
        [
            header,
            "1,2020,3,Mexico,70,Jalisco,5,2020-01-01,2020-12-31,120,120,120,120",
            "2,2020,2,Mexico,70,Jalisco,1,2020-03-04,2020-03-04,0,5,5,5",
        ]));
        var series = (await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("MEX", null, null, TestContext.Current.CancellationToken))!;
        Assert.Equal(12, series.Rows.Count);
        Assert.All(series.Rows, r => Assert.Equal(10, r.CivilianDeaths));
        Assert.Equal(15, series.Rows.Single(r => r.Month == 202003).Fatalities);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ForCountry_EventsSpreadOverAYear_SumExactlyToTheEventsStored(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var header = "id,year,type_of_violence,country,country_id,adm_1,date_prec,date_start,date_end,deaths_civilians,low,best,high";
        // Three events of a year each: a twelfth of an event a month, which rounding month by month turned into nothing.
        await store.ImportAsync(_temp.Write("ged.csv",
        [
            header,
            "1,2020,3,Mexico,70,Jalisco,5,2020-01-01,2020-12-31,7,7,7,7",
            "2,2020,3,Mexico,70,Jalisco,5,2020-01-01,2020-12-31,1,1,1,1",
            "3,2020,1,Mexico,70,Jalisco,5,2020-01-01,2020-12-31,0,5,5,5",
        ]));
        var series = (await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("MEX", null, null, TestContext.Current.CancellationToken))!;
        Assert.Equal((3, 13, 2, 8), (series.Rows.Sum(r => r.Events), series.Rows.Sum(r => r.Fatalities), series.Rows.Sum(r => r.CivilianEvents), series.Rows.Sum(r => r.CivilianDeaths)));
        Assert.All(series.Rows, r => Assert.InRange(r.Events, 0, 1));
        Assert.Equal(3, series.SpreadEvents);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ForCountry_SharedGedFile_SeriesSumsToTheStoredEventsAndDeaths(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"));
        var ct = TestContext.Current.CancellationToken;
        await using var db = await store.DbAsync();
        var stored = await db.Set<Vigil.Events.Event>().Where(e => e.CountryIso3 == "BGD" && e.Source == Vigil.Events.EventSource.UcdpGed)
            .Select(e => new { e.FatalitiesBest, e.DatePrecision }).ToListAsync(ct);
        Assert.Contains(stored, e => e.DatePrecision == Vigil.Events.DatePrecision.LongerThanMonth);

        var series = (await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("BGD", null, Vigil.Events.EventSource.UcdpGed, ct))!;
        Assert.Equal(stored.Count, series.Rows.Sum(r => r.Events));
        Assert.Equal(stored.Sum(e => e.FatalitiesBest ?? 0), series.Rows.Sum(r => r.Fatalities));
        Assert.Equal(stored.Count(e => e.DatePrecision == Vigil.Events.DatePrecision.LongerThanMonth), series.SpreadEvents);
        var byActor = (await store.Services.GetRequiredService<SeriesQueries>().ByActorAsync("BGD", null, Vigil.Events.EventSource.UcdpGed, ct))!;
        Assert.Equal(stored.Count, byActor.Sum(r => r.Events));
    }

    [Fact]
    public async Task Cli_SeriesAndScan_WriteTheDocumentedColumns()
    {
        var dir = _temp.File("store");
        Assert.Equal(VigilCli.Ok, await VigilCli.RunAsync(["events", "import", SyntheticAcled(), "--data-dir", dir]));
        var csv = _temp.File("series.csv");
        Assert.Equal(VigilCli.Ok, await VigilCli.RunAsync(["events", "series", "--country", "CAF", "--admin1", "Ouham", "--out", csv, "--data-dir", dir]));
        Assert.Equal(["country,admin1,month,events,fatalities,civilian_events,civilian_deaths", "CAF,Ouham,2013-01,1,10,0,0", "CAF,Ouham,2013-02,0,0,0,0", "CAF,Ouham,2013-03,1,7,1,7"],
            await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken));
        var scan = _temp.File("scan.csv");
        Assert.Equal(VigilCli.Ok, await VigilCli.RunAsync(["events", "scan", "--since", "2013-01", "--out", scan, "--data-dir", dir]));
        Assert.Equal("country,admin1,month,measure,observed,expected,score,severity", (await File.ReadAllLinesAsync(scan, TestContext.Current.CancellationToken))[0]);
        Assert.Equal(VigilCli.BadInput, await VigilCli.RunAsync(["events", "series", "--country", "ZZZ", "--data-dir", dir]));
        Assert.Equal(VigilCli.BadInput, await VigilCli.RunAsync(["events", "scan", "--since", "March", "--data-dir", dir]));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Scan_CarAcled_Fires2013EscalationAndStoresSignalsOnce(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv"));
        var ct = TestContext.Current.CancellationToken;

        var series = (await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("CAF", null, null, ct))!;
        var year2013 = series.Rows.Where(r => r.Month / 100 == 2013).ToList();
        Assert.Equal((246, 1207), (year2013.Sum(r => r.CivilianEvents), year2013.Sum(r => r.CivilianDeaths)));
        Assert.Equal((48, 358), series.Rows.Where(r => r.Month == 201312).Select(r => (r.CivilianEvents, r.CivilianDeaths)).Single());
        Assert.Equal((94, 661), series.Rows.Where(r => r.Month == 201401).Select(r => (r.CivilianEvents, r.CivilianDeaths)).Single());

        var scan = store.Services.GetRequiredService<EscalationScan>();
        var findings = await scan.RunAsync(0, false, null, new EscalationOptions(), ct);
        var car2013 = findings.Where(f => f.Country == "CAF" && f.Month / 100 == 2013 && f.Measure.StartsWith("civilian", StringComparison.Ordinal)).ToList();
        Assert.Contains(car2013, f => f.Severity >= SignalSeverity.High);
        Assert.Contains(car2013, f => f.Indicators.Contains("11.2"));

        await scan.RunAsync(0, false, null, new EscalationOptions(), ct);
        await using var db = await store.DbAsync();
        Assert.Equal(findings.Count, await db.Set<Signal>().CountAsync(ct));
        Assert.Contains(await db.Set<Signal>().Where(s => s.CountryIso3 == "CAF").ToListAsync(ct), s => s.Period == new DateOnly(2013, 7, 1) && s.Measure == "civilian_deaths");
    }

    [Fact]
    public async Task Api_Series_ReturnsCsvNamedRowsAndRejectsUnknownCountry()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        await server.Services.GetRequiredService<Vigil.Events.Import.EventImporter>().ImportAsync(
            new Vigil.Events.Import.EventImportRequest([SyntheticAcled()]), null, TestContext.Current.CancellationToken);

        var rows = await server.GetJsonAsync("/api/v1/events/series?country=caf");
        Assert.Equal(3, rows.GetArrayLength());
        using var withHeader = await server.Client.GetAsync("/api/v1/events/series?country=caf", TestContext.Current.CancellationToken);
        Assert.Equal("0", withHeader.Headers.GetValues(Vigil.App.Api.EventsApi.SpreadEventsHeader).Single());
        var first = rows[0];
        Assert.Equal("2013-01", first.GetProperty("month").GetString());
        Assert.Equal(13, first.GetProperty("fatalities").GetInt32());
        Assert.Equal(1, first.GetProperty("civilian_events").GetInt32());
        Assert.Equal(3, first.GetProperty("civilian_deaths").GetInt32());

        var byActor = await server.GetJsonAsync("/api/v1/events/series?country=CAF&by=actor");
        Assert.Equal(3 * ActorTypes.All.Count, byActor.GetArrayLength());
        Assert.Equal("rebels", byActor[1].GetProperty("actor_type").GetString());
        Assert.Equal(13, byActor.EnumerateArray().Where(r => r.GetProperty("month").GetString() == "2013-01").Sum(r => r.GetProperty("fatalities").GetInt32()));
        using var badBy = await server.Client.GetAsync("/api/v1/events/series?country=CAF&by=colour");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badBy.StatusCode);

        using var bad = await server.Client.GetAsync("/api/v1/events/series?country=ZZZ");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
    }
}
