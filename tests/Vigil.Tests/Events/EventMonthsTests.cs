using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Browse;
using Vigil.Events.Series;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>
/// The monthly aggregate (event_months) stays exactly what a fresh grouping of the stored events gives, after imports,
/// re-imports, changed releases and ACLED deletions, on SQLite and PostgreSQL.
/// </summary>
public sealed class EventMonthsTests
{
    private sealed record Totals(int Events, long Fatalities, int CivilianEvents, long CivilianDeaths);

    /// <summary>The aggregate as stored, and as recomputed from every event with a country.</summary>
    private static async Task<(Dictionary<string, Totals> Stored, Dictionary<string, Totals> Expected)> ReadAsync(EventStore store)
    {
        await using var db = await store.DbAsync();
        var stored = (await db.Set<EventMonth>().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .ToDictionary(m => $"{m.CountryIso3}|{m.Source}|{m.Admin1}|{m.Month}|{m.Spread}|{m.ActorType}|{m.ActorName}",
                m => new Totals(m.Events, m.Fatalities, m.CivilianEvents, m.CivilianDeaths));
        var events = await db.Set<Event>().AsNoTracking().Where(e => e.CountryIso3 != null).ToListAsync(TestContext.Current.CancellationToken);
        var expected = events.GroupBy(e =>
                $"{e.CountryIso3}|{e.Source}|{e.Admin1 ?? ""}|{e.Month}|{e.DatePrecision == DatePrecision.LongerThanMonth}|{(int?)e.ActorType ?? 0}|" +
                (e.ActorType is null ? ActorTypes.Name(e.Actor1) : ""))
            .ToDictionary(g => g.Key, g => new Totals(g.Count(), g.Sum(e => (long)(e.FatalitiesBest ?? 0)),
                g.Count(e => e.ViolenceType == ViolenceType.OneSided), g.Sum(e => (long)(e.CivilianDeaths ?? 0))));
        return (stored, expected);
    }

    private static async Task AssertInStepAsync(EventStore store)
    {
        var (stored, expected) = await ReadAsync(store);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), stored.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_SeveralSourcesTwice_AggregateMatchesEvents(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        string[] files = [SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv"), SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"),
            SharedData.Events("gdelt/20191024143000.export.CSV")];
        await store.ImportAsync(files);
        await AssertInStepAsync(store);

        var again = await store.ImportAsync(files);
        Assert.Equal(0, again.Imported + again.Updated);
        await AssertInStepAsync(store);
        var (stored, _) = await ReadAsync(store);
        Assert.Equal(6529, stored.Where(p => p.Key.StartsWith("CAF|acled|", StringComparison.Ordinal)).Sum(p => p.Value.Events));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_ChangedRelease_EventMovesToItsNewMonthAndAdmin1(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var original = SharedData.Events("ucdp-ged/ged191_Bangladesh.csv");
        await store.ImportAsync(original);
        var before = await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("BGD", "Dhaka Division", null, TestContext.Current.CancellationToken);
        using var temp = new TempFolder();
        var lines = await File.ReadAllLinesAsync(original);
        // Record 71663 (Barisāl, 2013-12, 1 death, non-state) becomes one-sided violence in Dhaka in 2012-05 with 3 deaths.
        Assert.StartsWith("71663,2013,0,2,", lines[1], StringComparison.Ordinal);
        lines[1] = ("71663,2013,0,3," + lines[1]["71663,2013,0,2,".Length..^6] + ",3,3,3")
            .Replace(",Barisāl Division,", ",Dhaka Division,", StringComparison.Ordinal).Replace("2013-12-13,2013-12-14", "2012-05-13,2012-05-14", StringComparison.Ordinal);
        var summary = await store.ImportAsync(temp.Write("ged_changed.csv", lines));
        Assert.Equal((0, 1), (summary.Imported, summary.Updated));
        await AssertInStepAsync(store);

        var after = await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("BGD", "Dhaka Division", null, TestContext.Current.CancellationToken);
        var may2012 = (Before: before!.Rows.Single(r => r.Month == 201205), After: after!.Rows.Single(r => r.Month == 201205));
        Assert.Equal(may2012.Before.Events + 1, may2012.After.Events);
        Assert.Equal(may2012.Before.Fatalities + 3, may2012.After.Fatalities);
        Assert.Equal(may2012.Before.CivilianEvents + 1, may2012.After.CivilianEvents);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AcledDeletions_AggregateLosesThemAndEmptyMonthsGo(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("acled/HOA_Djibouti_1997-2019.csv"));
        await using (var db = await store.DbAsync())
        {
            // Delete every event of the busiest month, and one more.
            var month = await db.Set<Event>().GroupBy(e => e.Month).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(TestContext.Current.CancellationToken);
            var ids = await db.Set<Event>().Where(e => e.Month == month).Select(e => e.SourceId).ToListAsync(TestContext.Current.CancellationToken);
            ids.Add("DJI135");
            using var temp = new TempFolder();
            var summary = await store.ImportAsync(temp.Write("deleted.csv", ["event_id_cnty,deleted_timestamp", .. ids.Distinct().Select(id => id + ",1580000000")]));
            Assert.Equal(ids.Distinct().Count(), summary.Deleted);
            await AssertInStepAsync(store);
            Assert.False(await db.Set<EventMonth>().AnyAsync(m => m.Month == month, TestContext.Current.CancellationToken));
        }
        var coverage = await new EventCoverage(store.Services.GetRequiredService<IDbContextFactory<Vigil.Storage.VigilDb>>(), TimeProvider.System)
            .ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(await store.CountAsync(EventSource.Acled), coverage.Single(c => c.Iso3 == "DJI").Events);
    }

    [Fact]
    public async Task SaveChanges_EventAddedThroughEf_IsRefusedSoTheSummaryCannotMissIt()
    {
        await using var store = await EventStore.OpenAsync(EventStore.Sqlite);
        await using var db = await store.DbAsync();
        var day = new DateOnly(2022, 1, 15);
        db.Add(new Event
        {
            Source = EventSource.Acled, SourceId = "ef-1", DateStart = day, DateEnd = day, Month = YearMonth.Of(day), CountryIso3 = "CAF",
            ImportedAt = DateTime.UtcNow,
        }.Hashed());
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Contains("EventImporter", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync());
    }
}
