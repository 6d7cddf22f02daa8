using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Series;

/// <summary>
/// Monthly series from stored events, aggregated in the database. Sources are never added together
/// (GED and ACLED count the same killings differently): a series uses the requested source or, by
/// default, the country's richest of ACLED and UCDP GED (GDELT only when it is all there is, or asked for).
/// Events dated only to a span longer than a month (GED date_prec 5, often a year of killings reported
/// at once) are spread evenly over the months of their span instead of piling up in the first one.
/// </summary>
public sealed class SeriesQueries(IDbContextFactory<VigilDb> dbFactory)
{
    /// <summary>One country's national series, or one admin-1's when <paramref name="admin1"/> is given.</summary>
    public async Task<EventSeries?> ForCountryAsync(string iso3, string? admin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SelectAsync(db, iso3, admin1, source, cancellationToken) is not { } selected)
        {
            return null;
        }
        var (chosen, events) = selected;
        var totals = await TotalsAsync(events, byAdmin1: false, cancellationToken);
        return new EventSeries(iso3, admin1 ?? "", chosen.Source, Fill(iso3, admin1 ?? "", chosen.From, chosen.To, totals, ""));
    }

    /// <summary>The source a country's series is drawn from (the richest, or the one asked for) and its events, optionally of one admin-1.</summary>
    private static async Task<(SourceSpan Chosen, IQueryable<Event> Events)?> SelectAsync(VigilDb db, string iso3, string? admin1, string? source,
        CancellationToken cancellationToken)
    {
        var sources = await SourcesAsync(db, iso3, cancellationToken);
        var chosen = source is null ? Richest(sources, allowGdelt: true) : sources.FirstOrDefault(s => s.Source == source);
        if (chosen is null)
        {
            return null;
        }
        var events = db.Set<Event>().Where(e => e.CountryIso3 == iso3 && e.Source == chosen.Source);
        return (chosen, admin1 is null ? events : events.Where(e => e.Admin1 == admin1));
    }

    /// <summary>
    /// The same series split by the primary actor's type (<see cref="ActorTypes"/>: the stored type, else the name rule): every month of the span once per type,
    /// zeros included, so the types of a month add up to the plain series' events and fatalities (up to rounding of spread events).
    /// </summary>
    public async Task<IReadOnlyList<ActorSeriesRow>?> ByActorAsync(string iso3, string? admin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SelectAsync(db, iso3, admin1, source, cancellationToken) is not { } selected)
        {
            return null;
        }
        var (chosen, events) = selected;
        var totals = new Dictionary<(int Month, string Type), (double Events, double Fatalities)>();
        void Add(int month, string type, double count, double fatalities)
        {
            var t = totals.GetValueOrDefault((month, type));
            totals[(month, type)] = (t.Events + count, t.Fatalities + fatalities);
        }
        // Names are only needed (and grouped by) for events without a stored type.
        var precise = await events.Where(e => e.DatePrecision != DatePrecision.LongerThanMonth)
            .GroupBy(e => new { e.Month, e.ActorType, Actor1 = e.ActorType == null ? e.Actor1 : null })
            .Select(g => new { g.Key.Month, g.Key.ActorType, g.Key.Actor1, Events = g.Count(), Fatalities = g.Sum(e => e.FatalitiesBest ?? 0) })
            .ToListAsync(cancellationToken);
        precise.ForEach(r => Add(r.Month, ActorTypes.Of(r.ActorType, r.Actor1), r.Events, r.Fatalities));
        var spread = await events.Where(e => e.DatePrecision == DatePrecision.LongerThanMonth)
            .Select(e => new { e.DateStart, e.DateEnd, e.FatalitiesBest, e.ActorType, e.Actor1 })
            .ToListAsync(cancellationToken);
        foreach (var e in spread)
        {
            var first = YearMonth.Of(e.DateStart);
            var months = YearMonth.Between(first, YearMonth.Of(e.DateEnd)) + 1;
            var type = ActorTypes.Of(e.ActorType, e.Actor1);
            for (var (month, i) = (first, 0); i < months; month = YearMonth.Add(month, 1), i++)
            {
                Add(month, type, 1.0 / months, (e.FatalitiesBest ?? 0) / (double)months);
            }
        }
        var to = totals.Keys.Select(k => k.Month).Append(chosen.To).Max();
        var rows = new List<ActorSeriesRow>();
        for (var month = chosen.From; month <= to; month = YearMonth.Add(month, 1))
        {
            foreach (var type in ActorTypes.All)
            {
                var t = totals.GetValueOrDefault((month, type));
                rows.Add(new ActorSeriesRow(iso3, admin1 ?? "", month, type,
                    (int)Math.Round(t.Events, MidpointRounding.AwayFromZero), (int)Math.Round(t.Fatalities, MidpointRounding.AwayFromZero)));
            }
        }
        return rows;
    }

    /// <summary>
    /// Every country's national series (and, if asked, every admin-1's), each from its default source.
    /// GDELT series are left out unless asked for: news-mention counts follow the news, not the violence.
    /// </summary>
    public async Task<IReadOnlyList<EventSeries>> AllAsync(bool withAdmin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var spans = await db.Set<Event>().Where(e => e.CountryIso3 != null)
            .GroupBy(e => new { e.CountryIso3, e.Source })
            .Select(g => new { g.Key.CountryIso3, Span = new SourceSpan(g.Key.Source, g.Count(), g.Min(e => e.Month), g.Max(e => e.Month)) })
            .ToListAsync(cancellationToken);
        var result = new List<EventSeries>();
        foreach (var country in spans.GroupBy(c => c.CountryIso3!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var available = country.Select(c => c.Span).ToList();
            var chosen = source is null ? Richest(available, allowGdelt: false) : available.FirstOrDefault(s => s.Source == source);
            if (chosen is null)
            {
                continue;
            }
            var events = db.Set<Event>().Where(e => e.CountryIso3 == country.Key && e.Source == chosen.Source);
            var national = await TotalsAsync(events, byAdmin1: false, cancellationToken);
            result.Add(new EventSeries(country.Key, "", chosen.Source, Fill(country.Key, "", chosen.From, chosen.To, national, "")));
            if (!withAdmin1)
            {
                continue;
            }
            var regional = await TotalsAsync(events.Where(e => e.Admin1 != null), byAdmin1: true, cancellationToken);
            foreach (var admin1 in regional.Keys.Select(k => k.Admin1).Distinct().Order(StringComparer.Ordinal))
            {
                result.Add(new EventSeries(country.Key, admin1, chosen.Source, Fill(country.Key, admin1, chosen.From, chosen.To, regional, admin1)));
            }
        }
        return result;
    }

    private static async Task<Dictionary<(string Admin1, int Month), MonthTotals>> TotalsAsync(IQueryable<Event> events, bool byAdmin1, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<(string, int), MonthTotals>();
        MonthTotals At(string admin1, int month)
        {
            if (!totals.TryGetValue((admin1, month), out var t))
            {
                totals[(admin1, month)] = t = new MonthTotals();
            }
            return t;
        }

        var precise = events.Where(e => e.DatePrecision != DatePrecision.LongerThanMonth);
        if (byAdmin1)
        {
            var rows = await precise.GroupBy(e => new { e.Admin1, e.Month })
                .Select(g => new { g.Key.Admin1, g.Key.Month, Events = g.Count(), Fatalities = g.Sum(e => e.FatalitiesBest ?? 0),
                    CivilianEvents = g.Count(e => e.ViolenceType == ViolenceType.OneSided), CivilianDeaths = g.Sum(e => e.CivilianDeaths ?? 0) })
                .ToListAsync(cancellationToken);
            rows.ForEach(r => At(r.Admin1 ?? "", r.Month).Add(r.Events, r.Fatalities, r.CivilianEvents, r.CivilianDeaths));
        }
        else
        {
            var rows = await precise.GroupBy(e => e.Month)
                .Select(g => new { Month = g.Key, Events = g.Count(), Fatalities = g.Sum(e => e.FatalitiesBest ?? 0),
                    CivilianEvents = g.Count(e => e.ViolenceType == ViolenceType.OneSided), CivilianDeaths = g.Sum(e => e.CivilianDeaths ?? 0) })
                .ToListAsync(cancellationToken);
            rows.ForEach(r => At("", r.Month).Add(r.Events, r.Fatalities, r.CivilianEvents, r.CivilianDeaths));
        }

        var spread = await events.Where(e => e.DatePrecision == DatePrecision.LongerThanMonth)
            .Select(e => new { e.Admin1, e.DateStart, e.DateEnd, e.FatalitiesBest, e.CivilianDeaths, e.ViolenceType })
            .ToListAsync(cancellationToken);
        foreach (var e in spread)
        {
            var first = YearMonth.Of(e.DateStart);
            var months = YearMonth.Between(first, YearMonth.Of(e.DateEnd)) + 1;
            var share = 1.0 / months;
            var civilian = e.ViolenceType == ViolenceType.OneSided ? share : 0;
            for (var (month, i) = (first, 0); i < months; month = YearMonth.Add(month, 1), i++)
            {
                At(byAdmin1 ? e.Admin1 ?? "" : "", month).Add(share, (e.FatalitiesBest ?? 0) * share, civilian, (e.CivilianDeaths ?? 0) * share);
            }
        }
        return totals;
    }

    private static async Task<List<SourceSpan>> SourcesAsync(VigilDb db, string iso3, CancellationToken cancellationToken) =>
        await db.Set<Event>().Where(e => e.CountryIso3 == iso3).GroupBy(e => e.Source)
            .Select(g => new SourceSpan(g.Key, g.Count(), g.Min(e => e.Month), g.Max(e => e.Month))).ToListAsync(cancellationToken);

    private static SourceSpan? Richest(IEnumerable<SourceSpan> spans, bool allowGdelt)
    {
        var list = spans.ToList();
        return list.Where(s => s.Source != EventSource.Gdelt).OrderByDescending(s => s.Count).ThenBy(s => s.Source, StringComparer.Ordinal).FirstOrDefault()
            ?? (allowGdelt ? list.FirstOrDefault(s => s.Source == EventSource.Gdelt) : null);
    }

    private static List<SeriesRow> Fill(string country, string admin1, int from, int to, Dictionary<(string, int), MonthTotals> totals, string key)
    {
        // Events spread over a long span may reach past the last start month.
        to = totals.Keys.Where(k => k.Item1 == key).Select(k => k.Item2).Append(to).Max();
        var rows = new List<SeriesRow>();
        for (var month = from; month <= to; month = YearMonth.Add(month, 1))
        {
            rows.Add(totals.TryGetValue((key, month), out var t) ? t.ToRow(country, admin1, month) : new SeriesRow(country, admin1, month, 0, 0, 0, 0));
        }
        return rows;
    }

    private sealed record SourceSpan(string Source, int Count, int From, int To);
}
