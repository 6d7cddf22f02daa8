using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Browse;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>
/// The event table's fatalities and place orders, paged and exported, on SQLite and PostgreSQL: ties broken by date and
/// id, GDELT's missing fatalities ranked as 0, every event exactly once, whether a page lies among the deadliest events
/// (read from their partial index), straddles their end or lies past it.
/// </summary>
public sealed class EventTableOrderTests
{
    // Nigeria: ACLED 2016 events (78 with 10 or more deaths, many with 0) and GDELT 2019 events (no fatalities), so a
    // missing value ranked as 0 comes before the 2016 zeros (a plain FatalitiesBest DESC would put it last).
    private static async Task<EventStore> OpenNigeriaAsync(string provider)
    {
        var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("acled/ACLED All Africa File_20160101 to 20160528_csv__47countries.csv"),
            SharedData.Events("gdelt/20191024143000.export.CSV"));
        return store;
    }

    private static async Task<List<Event>> PagesAsync(EventSearch search, string sort, int total, int pageSize)
    {
        var events = new List<Event>();
        for (var page = 1; page <= (total + pageSize - 1) / pageSize; page++)
        {
            var result = await search.PageAsync(EventQuery.Parse("NGA", null, null, null, sort, page, pageSize), TestContext.Current.CancellationToken);
            Assert.Equal(total, result.Total);
            events.AddRange(result.Events);
        }
        return events;
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task PageAndExport_FatalitiesAndPlace_FollowTheOrderWithTiesEachEventOnce(string provider)
    {
        await using var store = await OpenNigeriaAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var search = store.Services.GetRequiredService<EventSearch>();
        await using var db = await store.DbAsync();
        var all = await db.Set<Event>().AsNoTracking().Where(e => e.CountryIso3 == "NGA").ToListAsync(ct);
        var ids = all.Select(e => e.Id).Order().ToList();
        Assert.Equal(78, all.Count(e => (e.FatalitiesBest ?? 0) >= EventSearch.Deadliest));

        // Pages of 7: pages 1–11 lie among the 78 deadliest, page 12 straddles their end, the rest lie past it.
        var expected = all.OrderByDescending(e => e.FatalitiesBest ?? 0).ThenByDescending(e => e.DateStart).ThenBy(e => e.Id).Select(e => e.Id).ToList();
        foreach (var pageSize in new[] { 7, EventQuery.MaxPageSize })
        {
            Assert.Equal(expected, (await PagesAsync(search, "fatalities", all.Count, pageSize)).Select(e => e.Id));
        }
        var byFatalities = expected.Select(id => all.Single(e => e.Id == id)).ToList();
        var firstZero = byFatalities.FindIndex(e => (e.FatalitiesBest ?? 0) == 0);
        Assert.Null(byFatalities[firstZero].FatalitiesBest); // GDELT 2019 before ACLED's 2016 zeros
        Assert.Contains(byFatalities.Skip(firstZero), e => e.FatalitiesBest == 0);
        var exportedByFatalities = new List<long>();
        await foreach (var e in search.AllAsync(EventQuery.Parse("NGA", null, null, null, "fatalities", null, null), ct))
        {
            exportedByFatalities.Add(e.Id);
        }
        Assert.Equal(expected, exportedByFatalities);

        var byPlace = await PagesAsync(search, "place", all.Count, EventQuery.MaxPageSize);
        Assert.Equal(ids, byPlace.Select(e => e.Id).Order());
        // Each admin-1 and each place within it in one run (the database's collation orders the names); within a place
        // newest first, then by id.
        var runs = byPlace.Select(e => (e.Admin1, e.Place)).Where((p, i) => i == 0 || p != (byPlace[i - 1].Admin1, byPlace[i - 1].Place)).ToList();
        Assert.Equal(runs.Count, runs.Distinct().Count());
        var admin1Runs = runs.Select(r => r.Admin1).Where((a, i) => i == 0 || a != runs[i - 1].Admin1).ToList();
        Assert.Equal(admin1Runs.Count, admin1Runs.Distinct().Count());
        Assert.True(runs.Count > 50);
        for (var i = 1; i < byPlace.Count; i++)
        {
            var (a, b) = (byPlace[i - 1], byPlace[i]);
            if ((a.Admin1, a.Place) == (b.Admin1, b.Place))
            {
                Assert.True(a.DateStart > b.DateStart || (a.DateStart == b.DateStart && a.Id < b.Id), $"{a.Id} before {b.Id}");
            }
        }

        // A search whose matches are all past the deadliest: the page still comes, from the full sort.
        var gdelt = await search.PageAsync(EventQuery.Parse("NGA", "http", null, null, "fatalities", 1, 5), ct);
        Assert.Equal(expected.Where(id => all.Single(e => e.Id == id).Notes?.Contains("http", StringComparison.OrdinalIgnoreCase) == true).Take(5), gdelt.Events.Select(e => e.Id));
        Assert.Equal(5, gdelt.Events.Count);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Sorted_DeadliestByFatalities_ReadFromTheirIndexWithoutSorting(string provider)
    {
        await using var store = await OpenNigeriaAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = await store.DbAsync();
        await db.Database.OpenConnectionAsync(ct);
        if (provider == EventStore.Postgres)
        {
            // A small table is cheaper to sort than to read by index; forbid the sort so the plan shows whether the index fits the order.
            await db.Database.ExecuteSqlRawAsync("SET enable_sort = off", ct);
        }
        await using var command = EventSearch.Sorted(db, EventQuery.Parse("NGA", null, null, null, "fatalities", 3, 50), deadliestOnly: true)
            .Skip(10).Take(10).CreateDbCommand();
        command.CommandText = (provider == EventStore.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var plan = await PlanAsync(command, ct);
        Assert.Contains("IX_events_deadliest", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*(->\s*)?Sort\b", plan);
    }

    private static async Task<string> PlanAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }
        return string.Join('\n', lines);
    }
}
