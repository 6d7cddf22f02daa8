using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Events.Browse;
using Vigil.Events.Series;
using Vigil.Mapping;
using Vigil.Storage;

namespace Vigil.App.Pages.Events;

/// <summary>
/// A country's monthly event chart (events, fatalities, violence against civilians) with the escalation signals
/// marked, and the event table: search, date filter, fixed sort keys, paging and CSV export, all server-side.
/// </summary>
public sealed class CountryModel(SeriesQueries queries, EventSearch search, VigilDb db, CountryCatalog countries, FrameworkCatalog frameworks)
    : VigilPageModel
{
    public Country? Country { get; private set; }
    public EventSeries? Series { get; private set; }
    public IReadOnlyList<SeriesChart> Charts { get; private set; } = [];
    public IReadOnlyList<Signal> Signals { get; private set; } = [];

    /// <summary>The current Framework, to name the indicators the signals speak to.</summary>
    public FrameworkDefinition? Framework { get; private set; }
    public EventQuery Query { get; private set; } = EventQuery.Parse("", null, null, null, null, null, null);
    public EventSearch.Result Table { get; private set; } = new([], 0, 1);

    /// <summary>The event map; null when the map data is missing or there is nothing to place.</summary>
    public CountryEventMap? Map { get; private set; }

    /// <summary>True when the world-atlas file is missing (the page then shows a note instead of the map).</summary>
    public bool MapDataMissing { get; private set; }

    /// <summary>The map's months (yyyyMM), from the GET parameters mapFrom/mapTo (yyyy-MM) or the last 24 months of data.</summary>
    public int? MapFrom { get; private set; }
    public int? MapTo { get; private set; }
    public IReadOnlyList<string> MapProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso3, string? q, string? from, string? to, string? sort, int? page, string? mapFrom, string? mapTo, CancellationToken cancellationToken)
    {
        Country = countries.Find(iso3);
        if (Country is null)
        {
            return NotFoundPage();
        }
        Series = await queries.ForCountryAsync(Country.Iso3, null, null, cancellationToken);
        // The escalation scan's signals only: forecast signals measure a risk, not events, and are dated by data year.
        Signals = await db.Set<Signal>().AsNoTracking().Where(s => s.CountryIso3 == Country.Iso3 && s.Admin1 == "" && s.Origin == EscalationScan.Origin)
            .OrderBy(s => s.Period).ToListAsync(cancellationToken);
        Framework = Signals.Count > 0 ? await frameworks.LatestAsync(cancellationToken) : null;
        Charts = SeriesCharts.For(Series?.Rows ?? [], Signals.Where(s => s.DataSource == Series?.Source).ToList());
        Query = EventQuery.Parse(Country.Iso3, q, from, to, sort, page, null);
        Table = await search.PageAsync(Query, cancellationToken);
        await BuildMapAsync(mapFrom, mapTo, cancellationToken);
        return Page();
    }

    private async Task BuildMapAsync(string? mapFrom, string? mapTo, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var from = ParseMonth(mapFrom, EventsText.MapFrom, problems);
        var to = ParseMonth(mapTo, EventsText.MapTo, problems);
        if (from is not null && to is not null && from > to)
        {
            problems.Add(Localized.Format(EventsText.MapRangeReversed, EventsText.MapFrom, EventsText.MapTo));
            (from, to) = (null, null);
        }
        MapProblems = problems;
        var features = EventMap.Load();
        MapDataMissing = features is null;
        if (features is null || Series is null)
        {
            return;
        }
        var iso3 = Country!.Iso3;
        var source = Series.Source;
        var located = db.Set<Vigil.Events.Event>().AsNoTracking()
            .Where(e => e.CountryIso3 == iso3 && e.Source == source && e.Latitude != null && e.Longitude != null);
        if (to is null)
        {
            to = await located.MaxAsync(e => (int?)e.Month, cancellationToken);
        }
        if (from is null && to is not null)
        {
            from = YearMonth.Add(to.Value, -23);
        }
        (MapFrom, MapTo) = (from, to);
        var inRange = located;
        if (from is not null)
        {
            inRange = inRange.Where(e => e.Month >= from);
        }
        if (to is not null)
        {
            inRange = inRange.Where(e => e.Month <= to);
        }
        // One row per point and place name, grouped by the database (many events share a gazetteer point).
        var points = await inRange.GroupBy(e => new { Lon = e.Longitude!.Value, Lat = e.Latitude!.Value, e.Place })
            .Select(g => new EventPoint(g.Key.Lon, g.Key.Lat, g.Sum(e => e.FatalitiesBest ?? 0), g.Sum(e => e.CivilianDeaths ?? 0), g.Key.Place, g.Count()))
            .ToListAsync(cancellationToken);
        Map = EventMap.Build(features, Country, points);
    }

    /// <summary>A month as yyyy-MM; anything else is dropped and its field named (by its label) in the problems.</summary>
    private static int? ParseMonth(string? text, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Only YYYY-MM, as an <input type="month"> sends it.
        if (text.Trim().Length == 7 && YearMonth.TryParse(text, out var month))
        {
            return month;
        }
        problems.Add(label);
        return null;
    }

    /// <summary>A problem of the event table's filters (<see cref="EventQuery.Problems"/> names the parameter) by its field's label.</summary>
    public static string QueryProblem(string parameter) => parameter switch
    {
        "q" => EventsText.Search,
        "from" => EventsText.From,
        "to" => EventsText.To,
        "from/to" => Localized.Format(EventsText.MapRangeReversed, EventsText.From, EventsText.To),
        "sort" => EventsText.Sort,
        "page" or "pageSize" => EventsText.PageNumber,
        _ => parameter,
    };

    public static string MonthText(int? month) => month is { } m ? YearMonth.Text(m) : "";

    /// <summary>The link to another page (or the export) with the same filters.</summary>
    public string Link(string path, int? page = null)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query.Text, ["from"] = Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["sort"] = Query.Sort == "date" ? null : Query.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(p => p.Value is not null));
    }
}
