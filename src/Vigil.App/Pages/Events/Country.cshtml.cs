using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Countries;
using Vigil.Events.Series;
using Vigil.Storage;

namespace Vigil.App.Pages.Events;

/// <summary>A country's monthly event chart (events, fatalities, violence against civilians) with the escalation signals marked.</summary>
public sealed class CountryModel(SeriesQueries queries, VigilDb db, CountryCatalog countries) : PageModel
{
    public Country? Country { get; private set; }
    public EventSeries? Series { get; private set; }
    public IReadOnlyList<SeriesChart> Charts { get; private set; } = [];
    public IReadOnlyList<Signal> Signals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        Country = countries.Find(iso3);
        if (Country is null)
        {
            return NotFound();
        }
        Series = await queries.ForCountryAsync(Country.Iso3, null, null, cancellationToken);
        Signals = await db.Set<Signal>().AsNoTracking().Where(s => s.CountryIso3 == Country.Iso3 && s.Admin1 == "")
            .OrderBy(s => s.Period).ToListAsync(cancellationToken);
        var rows = Series?.Rows ?? [];
        var signals = Signals.Where(s => s.DataSource == Series?.Source).ToList();
        Charts =
        [
            SeriesChart.For("Events", rows, r => r.Events, "events", signals),
            SeriesChart.For("Fatalities", rows, r => r.Fatalities, "fatalities", signals),
            SeriesChart.For("Violence against civilians: events", rows, r => r.CivilianEvents, "civilian_events", signals),
            SeriesChart.For("Violence against civilians: deaths", rows, r => r.CivilianDeaths, "civilian_deaths", signals),
        ];
        return Page();
    }
}
