using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Series;

/// <summary>
/// Monthly series from stored events, aggregated in the database. Sources are never added together
/// (GED and ACLED count the same killings differently): a series uses the requested source or,
/// by default, the country's richest of ACLED and UCDP GED; GDELT only on request.
/// </summary>
public sealed class SeriesQueries(IDbContextFactory<VigilDb> dbFactory)
{
    /// <summary>One country's national series, or one admin-1's when <paramref name="admin1"/> is given.</summary>
    public async Task<EventSeries?> ForCountryAsync(string iso3, string? admin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        source ??= await DefaultSourceAsync(db, iso3, cancellationToken);
        if (source is null)
        {
            return null;
        }
        var events = db.Set<Event>().Where(e => e.CountryIso3 == iso3 && e.Source == source);
        var range = await events.GroupBy(_ => 1).Select(g => new { From = g.Min(e => e.Month), To = g.Max(e => e.Month) }).SingleOrDefaultAsync(cancellationToken);
        if (range is null)
        {
            return null;
        }
        if (admin1 is not null)
        {
            events = events.Where(e => e.Admin1 == admin1);
        }
        var months = await Aggregate(events.GroupBy(e => e.Month)).ToListAsync(cancellationToken);
        return new EventSeries(iso3, admin1 ?? "", source, Fill(iso3, admin1 ?? "", range.From, range.To, months));
    }

    /// <summary>Every country's national series (and, if asked, every admin-1's), each from its default source.</summary>
    public async Task<IReadOnlyList<EventSeries>> AllAsync(bool withAdmin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<Event>().Where(e => e.CountryIso3 != null)
            .GroupBy(e => new { e.CountryIso3, e.Source })
            .Select(g => new { g.Key.CountryIso3, g.Key.Source, Count = g.Count(), From = g.Min(e => e.Month), To = g.Max(e => e.Month) })
            .ToListAsync(cancellationToken);
        var result = new List<EventSeries>();
        foreach (var country in counts.GroupBy(c => c.CountryIso3!))
        {
            var chosen = source is null ? Richest(country.Select(c => (c.Source, c.Count))) : source;
            var span = country.FirstOrDefault(c => c.Source == chosen);
            if (span is null)
            {
                continue;
            }
            var events = db.Set<Event>().Where(e => e.CountryIso3 == country.Key && e.Source == chosen);
            var national = await Aggregate(events.GroupBy(e => e.Month)).ToListAsync(cancellationToken);
            result.Add(new EventSeries(country.Key, "", chosen!, Fill(country.Key, "", span.From, span.To, national)));
            if (!withAdmin1)
            {
                continue;
            }
            var regional = await events.Where(e => e.Admin1 != null).GroupBy(e => new { e.Admin1, e.Month })
                .Select(g => new { g.Key.Admin1, Month = new MonthTotals(g.Key.Month, g.Count(), g.Sum(e => e.FatalitiesBest ?? 0),
                    g.Count(e => e.ViolenceType == ViolenceType.OneSided), g.Sum(e => e.CivilianDeaths ?? 0)) })
                .ToListAsync(cancellationToken);
            foreach (var admin1 in regional.GroupBy(r => r.Admin1!).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                result.Add(new EventSeries(country.Key, admin1.Key, chosen!, Fill(country.Key, admin1.Key, span.From, span.To, admin1.Select(a => a.Month).ToList())));
            }
        }
        return result;
    }

    private static IQueryable<MonthTotals> Aggregate(IQueryable<IGrouping<int, Event>> months) =>
        months.Select(g => new MonthTotals(g.Key, g.Count(), g.Sum(e => e.FatalitiesBest ?? 0),
            g.Count(e => e.ViolenceType == ViolenceType.OneSided), g.Sum(e => e.CivilianDeaths ?? 0)));

    private static async Task<string?> DefaultSourceAsync(VigilDb db, string iso3, CancellationToken cancellationToken)
    {
        var counts = await db.Set<Event>().Where(e => e.CountryIso3 == iso3).GroupBy(e => e.Source)
            .Select(g => new { Source = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Richest(counts.Select(c => (c.Source, c.Count)));
    }

    private static string? Richest(IEnumerable<(string Source, int Count)> counts)
    {
        var list = counts.ToList();
        var verified = list.Where(c => c.Source != EventSource.Gdelt).OrderByDescending(c => c.Count).ThenBy(c => c.Source, StringComparer.Ordinal).ToList();
        return verified.Count > 0 ? verified[0].Source : list.FirstOrDefault().Source;
    }

    private static List<SeriesRow> Fill(string country, string admin1, int from, int to, IReadOnlyList<MonthTotals> months)
    {
        var byMonth = months.ToDictionary(m => m.Month);
        var rows = new List<SeriesRow>();
        for (var month = from; month <= to; month = SeriesRow.NextMonth(month))
        {
            var m = byMonth.GetValueOrDefault(month);
            rows.Add(m is null
                ? new SeriesRow(country, admin1, month, 0, 0, 0, 0)
                : new SeriesRow(country, admin1, month, m.Events, m.Fatalities, m.CivilianEvents, m.CivilianDeaths));
        }
        return rows;
    }

    private sealed record MonthTotals(int Month, int Events, int Fatalities, int CivilianEvents, int CivilianDeaths);
}
