using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Events.Browse;
using Vigil.Events.Series;
using Vigil.Storage;

namespace Vigil.App.Pages.Events;

/// <summary>
/// A country's monthly event chart (events, fatalities, violence against civilians) with the escalation signals
/// marked, and the event table: search, date filter, fixed sort keys, paging and CSV export, all server-side.
/// </summary>
public sealed class CountryModel(SeriesQueries queries, EventSearch search, VigilDb db, CountryCatalog countries) : VigilPageModel
{
    public Country? Country { get; private set; }
    public EventSeries? Series { get; private set; }
    public IReadOnlyList<SeriesChart> Charts { get; private set; } = [];
    public IReadOnlyList<Signal> Signals { get; private set; } = [];
    public EventQuery Query { get; private set; } = EventQuery.Parse("", null, null, null, null, null, null);
    public EventSearch.Result Table { get; private set; } = new([], 0, 1);

    public async Task<IActionResult> OnGetAsync(string iso3, string? q, string? from, string? to, string? sort, int? page, CancellationToken cancellationToken)
    {
        Country = countries.Find(iso3);
        if (Country is null)
        {
            return NotFoundPage();
        }
        Series = await queries.ForCountryAsync(Country.Iso3, null, null, cancellationToken);
        Signals = await db.Set<Signal>().AsNoTracking().Where(s => s.CountryIso3 == Country.Iso3 && s.Admin1 == "")
            .OrderBy(s => s.Period).ToListAsync(cancellationToken);
        Charts = SeriesCharts.For(Series?.Rows ?? [], Signals.Where(s => s.DataSource == Series?.Source).ToList());
        Query = EventQuery.Parse(Country.Iso3, q, from, to, sort, page, null);
        Table = await search.PageAsync(Query, cancellationToken);
        return Page();
    }

    /// <summary>The link to another page (or the export) with the same filters.</summary>
    public string Link(string path, int? page = null)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query.Text, ["from"] = Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["sort"] = Query.Sort == "date" ? null : Query.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(p => p.Value is not null));
    }
}
