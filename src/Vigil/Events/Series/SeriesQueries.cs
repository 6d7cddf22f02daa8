using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Series;

/// <summary>
/// Monthly series from stored events, read from their monthly aggregate (<see cref="EventMonth"/>). Sources are never added together
/// (GED and ACLED count the same killings differently): a series uses the requested source or, by
/// default, the country's richest of ACLED and UCDP GED (GDELT only when it is all there is, or asked for).
/// Events dated only to a span longer than a month (GED date_prec 5, often a year of killings reported
/// at once) are spread evenly over the months of their span instead of piling up in the first one, then apportioned as whole
/// events so that a series sums exactly to the events stored (<see cref="WholeCounts"/>).
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
        var (chosen, months, events) = selected;
        var (totals, spread) = await TotalsAsync(months, events, byAdmin1: false, cancellationToken);
        return new EventSeries(iso3, admin1 ?? "", chosen.Source, Fill(iso3, admin1 ?? "", chosen.From, chosen.To, totals, "")) { SpreadEvents = spread };
    }

    /// <summary>
    /// The source a country's series is drawn from (the richest, or the one asked for), its pre-aggregated months and its
    /// events (read only for those spread over a long span), optionally of one admin-1.
    /// </summary>
    private static async Task<Selected?> SelectAsync(VigilDb db, string iso3, string? admin1, string? source, CancellationToken cancellationToken)
    {
        var sources = await SourcesAsync(db, iso3, cancellationToken);
        var chosen = source is null ? Richest(sources, allowGdelt: true) : sources.FirstOrDefault(s => s.Source == source);
        if (chosen is null)
        {
            return null;
        }
        var (months, events) = Of(db, iso3, chosen.Source);
        // The aggregate keeps "" for events without an admin-1, which no admin-1 asked for (not even "") matches.
        return admin1 is null ? new Selected(chosen, months, events)
            : new Selected(chosen, months.Where(m => m.Admin1 == admin1 && m.Admin1 != ""), events.Where(e => e.Admin1 == admin1));
    }

    private static (IQueryable<EventMonth> Months, IQueryable<Event> Events) Of(VigilDb db, string iso3, string source) =>
        (db.Set<EventMonth>().AsNoTracking().Where(m => m.CountryIso3 == iso3 && m.Source == source),
         db.Set<Event>().AsNoTracking().Where(e => e.CountryIso3 == iso3 && e.Source == source));

    private sealed record Selected(SourceSpan Chosen, IQueryable<EventMonth> Months, IQueryable<Event> Events);

    /// <summary>
    /// The same series split by the primary actor's type (<see cref="ActorTypes"/>: the stored type, else the name rule): every month of the span once per type,
    /// zeros included; each type's months add up exactly to its events and fatalities (spread events are apportioned whole, <see cref="WholeCounts"/>).
    /// </summary>
    public async Task<IReadOnlyList<ActorSeriesRow>?> ByActorAsync(string iso3, string? admin1, string? source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SelectAsync(db, iso3, admin1, source, cancellationToken) is not { } selected)
        {
            return null;
        }
        var (chosen, months, events) = selected;
        var totals = new Dictionary<(int Month, string Type), (double Events, double Fatalities)>();
        void Add(int month, string type, double count, double fatalities)
        {
            var t = totals.GetValueOrDefault((month, type));
            totals[(month, type)] = (t.Events + count, t.Fatalities + fatalities);
        }
        // The aggregate keeps names only for events without a stored type.
        var precise = await months.Where(m => !m.Spread)
            .GroupBy(m => new { m.Month, m.ActorType, m.ActorName })
            .Select(g => new { g.Key.Month, g.Key.ActorType, g.Key.ActorName, Events = g.Sum(m => m.Events), Fatalities = g.Sum(m => m.Fatalities) })
            .ToListAsync(cancellationToken);
        precise.ForEach(r => Add(r.Month, ActorTypes.Of(r.ActorType == 0 ? null : (ActorType)r.ActorType, r.ActorName), r.Events, r.Fatalities));
        var spread = await Spread(events)
            .Select(e => new { e.DateStart, e.DateEnd, e.FatalitiesBest, e.ActorType, e.Actor1 })
            .ToListAsync(cancellationToken);
        foreach (var e in spread)
        {
            var first = YearMonth.Of(e.DateStart);
            var span = YearMonth.Between(first, YearMonth.Of(e.DateEnd)) + 1;
            var type = ActorTypes.Of(e.ActorType, e.Actor1);
            for (var (month, i) = (first, 0); i < span; month = YearMonth.Add(month, 1), i++)
            {
                Add(month, type, 1.0 / span, (e.FatalitiesBest ?? 0) / (double)span);
            }
        }
        var to = totals.Keys.Select(k => k.Month).Append(chosen.To).Max();
        var spanMonths = new List<int>();
        for (var month = chosen.From; month <= to; month = YearMonth.Add(month, 1))
        {
            spanMonths.Add(month);
        }
        var byType = ActorTypes.All.ToDictionary(type => type, type =>
        (
            Events: WholeCounts.Apportion(spanMonths.ConvertAll(m => totals.GetValueOrDefault((m, type)).Events)),
            Fatalities: WholeCounts.Apportion(spanMonths.ConvertAll(m => totals.GetValueOrDefault((m, type)).Fatalities))
        ));
        var rows = new List<ActorSeriesRow>();
        for (var i = 0; i < spanMonths.Count; i++)
        {
            foreach (var type in ActorTypes.All)
            {
                rows.Add(new ActorSeriesRow(iso3, admin1 ?? "", spanMonths[i], type, byType[type].Events[i], byType[type].Fatalities[i]));
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
        var spans = await db.Set<EventMonth>()
            .GroupBy(m => new { m.CountryIso3, m.Source })
            .Select(g => new { g.Key.CountryIso3, Span = new SourceSpan(g.Key.Source, g.Sum(m => m.Events), g.Min(m => m.Month), g.Max(m => m.Month)) })
            .ToListAsync(cancellationToken);
        var result = new List<EventSeries>();
        foreach (var country in spans.GroupBy(c => c.CountryIso3).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var available = country.Select(c => c.Span).ToList();
            var chosen = source is null ? Richest(available, allowGdelt: false) : available.FirstOrDefault(s => s.Source == source);
            if (chosen is null)
            {
                continue;
            }
            var (months, events) = Of(db, country.Key, chosen.Source);
            var (national, spread) = await TotalsAsync(months, events, byAdmin1: false, cancellationToken);
            result.Add(new EventSeries(country.Key, "", chosen.Source, Fill(country.Key, "", chosen.From, chosen.To, national, "")) { SpreadEvents = spread });
            if (!withAdmin1)
            {
                continue;
            }
            var (regional, _) = await TotalsAsync(months.Where(m => m.Admin1 != ""), events.Where(e => e.Admin1 != null), byAdmin1: true, cancellationToken);
            foreach (var admin1 in regional.Keys.Select(k => k.Admin1).Distinct().Order(StringComparer.Ordinal))
            {
                result.Add(new EventSeries(country.Key, admin1, chosen.Source, Fill(country.Key, admin1, chosen.From, chosen.To, regional, admin1)));
            }
        }
        return result;
    }

    /// <summary>The fractional totals per place-month, and how many events were spread over a long span.</summary>
    private static async Task<(Dictionary<(string Admin1, int Month), MonthTotals> Totals, int Spread)> TotalsAsync(IQueryable<EventMonth> months, IQueryable<Event> events, bool byAdmin1,
        CancellationToken cancellationToken)
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

        var precise = months.Where(m => !m.Spread);
        if (byAdmin1)
        {
            var rows = await precise.GroupBy(m => new { m.Admin1, m.Month })
                .Select(g => new { g.Key.Admin1, g.Key.Month, Events = g.Sum(m => m.Events), Fatalities = g.Sum(m => m.Fatalities),
                    CivilianEvents = g.Sum(m => m.CivilianEvents), CivilianDeaths = g.Sum(m => m.CivilianDeaths) })
                .ToListAsync(cancellationToken);
            rows.ForEach(r => At(r.Admin1, r.Month).Add(r.Events, r.Fatalities, r.CivilianEvents, r.CivilianDeaths));
        }
        else
        {
            var rows = await precise.GroupBy(m => m.Month)
                .Select(g => new { Month = g.Key, Events = g.Sum(m => m.Events), Fatalities = g.Sum(m => m.Fatalities),
                    CivilianEvents = g.Sum(m => m.CivilianEvents), CivilianDeaths = g.Sum(m => m.CivilianDeaths) })
                .ToListAsync(cancellationToken);
            rows.ForEach(r => At("", r.Month).Add(r.Events, r.Fatalities, r.CivilianEvents, r.CivilianDeaths));
        }

        var spread = await Spread(events)
            .Select(e => new { e.Admin1, e.DateStart, e.DateEnd, e.FatalitiesBest, e.CivilianDeaths, e.ViolenceType })
            .ToListAsync(cancellationToken);
        foreach (var e in spread)
        {
            var first = YearMonth.Of(e.DateStart);
            var span = YearMonth.Between(first, YearMonth.Of(e.DateEnd)) + 1;
            var share = 1.0 / span;
            var civilian = e.ViolenceType == ViolenceType.OneSided ? share : 0;
            for (var (month, i) = (first, 0); i < span; month = YearMonth.Add(month, 1), i++)
            {
                At(byAdmin1 ? e.Admin1 ?? "" : "", month).Add(share, (e.FatalitiesBest ?? 0) * share, civilian, (e.CivilianDeaths ?? 0) * share);
            }
        }
        return (totals, spread.Count);
    }

    /// <summary>
    /// The events dated only to a span longer than a month, which series spread one by one (the partial index
    /// IX_events_spread finds them), in a fixed order so their fractional shares always add up the same way.
    /// </summary>
    private static IQueryable<Event> Spread(IQueryable<Event> events) =>
        events.Where(e => e.DatePrecision == DatePrecision.LongerThanMonth).OrderBy(e => e.Month).ThenBy(e => e.Id);

    private static async Task<List<SourceSpan>> SourcesAsync(VigilDb db, string iso3, CancellationToken cancellationToken) =>
        await db.Set<EventMonth>().Where(m => m.CountryIso3 == iso3).GroupBy(m => m.Source)
            .Select(g => new SourceSpan(g.Key, g.Sum(m => m.Events), g.Min(m => m.Month), g.Max(m => m.Month))).ToListAsync(cancellationToken);

    private static SourceSpan? Richest(IEnumerable<SourceSpan> spans, bool allowGdelt)
    {
        // Field reports are a series of their own, read only when asked for (EventSource.Field).
        var list = spans.Where(s => s.Source != EventSource.Field).ToList();
        return list.Where(s => s.Source != EventSource.Gdelt).OrderByDescending(s => s.Count).ThenBy(s => s.Source, StringComparer.Ordinal).FirstOrDefault()
            ?? (allowGdelt ? list.FirstOrDefault(s => s.Source == EventSource.Gdelt) : null);
    }

    private static List<SeriesRow> Fill(string country, string admin1, int from, int to, Dictionary<(string, int), MonthTotals> totals, string key)
    {
        // Events spread over a long span may reach past the last start month.
        to = totals.Keys.Where(k => k.Item1 == key).Select(k => k.Item2).Append(to).Max();
        var months = new List<int>();
        var place = new List<MonthTotals>();
        for (var month = from; month <= to; month = YearMonth.Add(month, 1))
        {
            months.Add(month);
            place.Add(totals.GetValueOrDefault((key, month)) ?? new MonthTotals());
        }
        var events = WholeCounts.Apportion(place.ConvertAll(t => t.Events));
        var fatalities = WholeCounts.Apportion(place.ConvertAll(t => t.Fatalities));
        var civilianEvents = WholeCounts.Apportion(place.ConvertAll(t => t.CivilianEvents));
        var civilianDeaths = WholeCounts.Apportion(place.ConvertAll(t => t.CivilianDeaths));
        return months.Select((month, i) => new SeriesRow(country, admin1, month, events[i], fatalities[i], civilianEvents[i], civilianDeaths[i])).ToList();
    }

    private sealed record SourceSpan(string Source, int Count, int From, int To);
}
