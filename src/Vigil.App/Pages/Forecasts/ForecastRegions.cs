using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// Watchlist regions from the Correlates of War country code the EWP data carries (ccode), whose
/// numbering is regional: 2–199 Americas, 200–399 Europe, 400–626 Africa, 630–699 Middle East,
/// 700–899 Asia, 900–999 Oceania.
/// </summary>
public static class ForecastRegions
{
    public sealed record Region(string Key, int From, int To)
    {
        public string Name => EnumText.Of(ForecastsText.ResourceManager, "Region", Key);
    }

    public static IReadOnlyList<Region> All { get; } =
    [
        new("africa", 400, 626),
        new("americas", 2, 199),
        new("asia", 700, 899),
        new("europe", 200, 399),
        new("middle-east", 627, 699),
        new("oceania", 900, 999),
    ];

    public static Region? Find(string? key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));

    public static bool Contains(Region region, int ccode) => ccode >= region.From && ccode <= region.To;
}
