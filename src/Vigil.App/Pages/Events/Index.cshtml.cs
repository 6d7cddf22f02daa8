using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Events.Browse;
using Vigil.Storage;

namespace Vigil.App.Pages.Events;

/// <summary>
/// The index of the event pages: every country with stored events, one row per source (sources are never
/// added together), with its months, its last 12 months and its open alerts — most recent civilian harm first.
/// </summary>
public sealed class IndexModel(EventCoverage coverage, VigilDb db, CountryCatalog countries) : VigilPageModel
{
    public sealed record Row(Country Country, IReadOnlyList<SourceCoverage> Sources, int OpenAlerts);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sources = await coverage.ListAsync(cancellationToken);
        var open = await db.Set<Alert>().AsNoTracking().Where(a => a.Status != AlertStatus.Closed)
            .GroupBy(a => a.CountryIso3).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = [.. sources.GroupBy(s => s.Iso3)
            .Select(g => (Country: countries.Find(g.Key), Sources: g.OrderByDescending(s => s.Events).ToList()))
            .Where(x => x.Country is not null)
            .Select(x => new Row(x.Country!, x.Sources, open.GetValueOrDefault(x.Country!.Iso3)))
            .OrderByDescending(r => r.Sources.Max(s => s.RecentCivilianDeaths))
            .ThenBy(r => r.Country.Name.Current, StringComparer.CurrentCulture)];
    }
}
