using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Browse;

/// <summary>The country event table: one page of events matching an <see cref="EventQuery"/>, or all of them for export.</summary>
public sealed class EventSearch(IDbContextFactory<VigilDb> dbFactory)
{
    public sealed record Result(IReadOnlyList<Event> Events, int Total, int Pages);

    /// <summary>
    /// The fatalities order's deadliest events (at least this many deaths) have a partial index of their own,
    /// <c>IX_events_deadliest</c> (InitialHandWrittenSql of each migrations project): a few percent of the events, so it costs imports little.
    /// The literal must stay the one in that index's WHERE clause, or the databases stop using it.
    /// </summary>
    internal const int Deadliest = 10;

    public async Task<Result> PageAsync(EventQuery query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db, query);
        var total = await filtered.CountAsync(cancellationToken);
        if (total == 0)
        {
            // Nothing matches: a text search would otherwise read the whole country a second time to find no page.
            return new Result([], 0, 1);
        }
        var pages = (total + query.PageSize - 1) / query.PageSize;
        var skip = (Math.Min(query.Page, pages) - 1) * query.PageSize;
        if (query.Sort == "fatalities")
        {
            // The deadliest events come first in this order: a page that lies wholly among them is read from their index
            // instead of sorting the whole country. A short answer means the page reaches past them: sort everything.
            var deadliest = await Sort(DeadliestOnly(filtered), query.Sort).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
            if (deadliest.Count == query.PageSize || skip + deadliest.Count == total)
            {
                return new Result(deadliest, total, pages);
            }
        }
        var events = await Sort(filtered, query.Sort).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
        return new Result(events, total, pages);
    }

    /// <summary>Every matching event in the query's order, streamed (an export can be large).</summary>
    public async IAsyncEnumerable<Event> AllAsync(EventQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var e in Sorted(db, query).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return e;
        }
    }

    /// <summary>The matching events in the query's order; with <paramref name="deadliestOnly"/>, only those with at least <see cref="Deadliest"/> deaths (tests read the plans).</summary>
    internal static IQueryable<Event> Sorted(VigilDb db, EventQuery query, bool deadliestOnly = false) =>
        Sort(deadliestOnly ? DeadliestOnly(Filter(db, query)) : Filter(db, query), query.Sort);

    private static IQueryable<Event> DeadliestOnly(IQueryable<Event> events) => events.Where(e => (e.FatalitiesBest ?? 0) >= Deadliest);

    private static IQueryable<Event> Filter(VigilDb db, EventQuery query)
    {
        var events = db.Set<Event>().AsNoTracking().Where(e => e.CountryIso3 == query.Country);
        if (query.From is { } from)
        {
            events = events.Where(e => e.DateEnd >= from);
        }
        if (query.To is { } to)
        {
            events = events.Where(e => e.DateStart <= to);
        }
        if (query.Text is { } text)
        {
            // lower() on both sides: case-insensitive on SQLite and PostgreSQL alike; the text is a bound parameter.
            var t = text.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower().Contains to lower(x) LIKE on both providers; the StringComparison overloads do not translate.
            events = events.Where(e => (e.Actor1 != null && e.Actor1.ToLower().Contains(t)) || (e.Actor2 != null && e.Actor2.ToLower().Contains(t))
                || (e.Place != null && e.Place.ToLower().Contains(t)) || (e.Admin1 != null && e.Admin1.ToLower().Contains(t))
                || (e.Notes != null && e.Notes.ToLower().Contains(t)));
#pragma warning restore CA1862
        }
        return events;
    }

    // The date orders sort by month first: an event's month is its start date's, so the order is the same, and the
    // (country, month) index then gives it month by month and a page stops after its rows instead of sorting the country.
    // The fatalities order's expression must stay COALESCE(FatalitiesBest, 0) DESC, DateStart DESC, Id: IX_events_deadliest is built on it.
    // The place order, and the fatalities order past the deadliest events, sort the country (an index for each, measured,
    // more than doubled the CPU time of a 1M-event import: docs/events.md).
    private static IQueryable<Event> Sort(IQueryable<Event> events, string sort) => sort switch
    {
        "date-asc" => events.OrderBy(e => e.Month).ThenBy(e => e.DateStart).ThenBy(e => e.Id),
        "fatalities" => events.OrderByDescending(e => e.FatalitiesBest ?? 0).ThenByDescending(e => e.DateStart).ThenBy(e => e.Id),
        "place" => events.OrderBy(e => e.Admin1).ThenBy(e => e.Place).ThenByDescending(e => e.DateStart).ThenBy(e => e.Id),
        _ => events.OrderByDescending(e => e.Month).ThenByDescending(e => e.DateStart).ThenByDescending(e => e.Id),
    };
}
