using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Pages.Forecasts;

/// <summary>The watchlist: every country of the latest visible run, ranked, with filters and its risk over past runs.</summary>
public sealed class IndexModel(VigilDb db, CountryCatalog countries) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public double? MinRisk { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Top { get; set; } = 50;

    /// <summary>A key of <see cref="ForecastRegions.All"/>; empty for every region.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public ForecastRun? Run { get; private set; }

    public IReadOnlyList<ForecastEntry> Entries { get; private set; } = [];

    public double MaxRisk { get; private set; }

    /// <summary>How many of the latest visible runs the "past runs" column draws.</summary>
    public const int TrendRuns = 12;

    /// <summary>Each country's risk over the latest <see cref="TrendRuns"/> runs, by EWP name.</summary>
    public IReadOnlyDictionary<string, List<RiskPoint>> Trends { get; private set; } = new Dictionary<string, List<RiskPoint>>();

    /// <summary>Every country of the run on the world map; null when the map data is missing.</summary>
    public IReadOnlyList<MapCountry>? Map { get; private set; }

    /// <summary>
    /// The entry's country in the reader's language, from the catalogue by ISO3 (an entry has one when the catalogue
    /// knows its EWP name); the EWP's English name otherwise.
    /// </summary>
    public string CountryName(ForecastEntry entry) => countries.Find(entry.Iso3)?.Name.Current ?? entry.EwpName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Run = await db.LatestRunAsync(Viewer, cancellationToken);
        if (Run is null)
        {
            return;
        }
        Map = WorldMap.Colour(WorldMap.Load(), Run.Entries);
        Trends = await db.RecentRisksAsync(Viewer, TrendRuns, cancellationToken);
        MaxRisk = Run.Entries.Count == 0 ? 1 : Run.Entries.Max(e => e.Risk);
        var minimum = (MinRisk ?? 0) / 100;
        var region = ForecastRegions.Find(Region);
        // The catalogue's one country search (English, Chinese, ISO3, aliases); the EWP's own name as well, for a country the
        // catalogue does not know.
        var found = string.IsNullOrWhiteSpace(Q) ? null : countries.Search(Q).Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        Entries = [.. Run.Entries
            .Where(e => e.Risk >= minimum)
            .Where(e => region is null || ForecastRegions.Contains(region, e.Ccode))
            .Where(e => found is null || (e.Iso3 is { } iso3 && found.Contains(iso3))
                || e.EwpName.Contains(Q!.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Rank).ThenBy(e => e.EwpName, StringComparer.Ordinal)
            .Take(Math.Clamp(Top, 1, 500))];
    }
}
