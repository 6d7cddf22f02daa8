namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// Watchlist regions from the Correlates of War country code the EWP data carries (ccode), whose
/// numbering is regional: 2–199 Americas, 200–399 Europe, 400–626 Africa, 630–699 Middle East,
/// 700–899 Asia, 900–999 Oceania.
/// </summary>
public static class ForecastRegions
{
    public sealed record Region(string Key, LocalizedText Name, int From, int To);

    public static IReadOnlyList<Region> All { get; } =
    [
        new("africa", new("Africa", "非洲"), 400, 626),
        new("americas", new("Americas", "美洲"), 2, 199),
        new("asia", new("Asia", "亚洲"), 700, 899),
        new("europe", new("Europe", "欧洲"), 200, 399),
        new("middle-east", new("Middle East", "中东"), 627, 699),
        new("oceania", new("Oceania", "大洋洲"), 900, 999),
    ];

    public static Region? Find(string? key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));

    public static bool Contains(Region region, int ccode) => ccode >= region.From && ccode <= region.To;
}
