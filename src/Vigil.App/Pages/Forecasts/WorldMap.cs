using System.Collections.Concurrent;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Mapping;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// A country shape ready for the inline SVG map: the catalogue's country (null when the catalogue does not know the
/// shape), the map data's own English name, and the path data.
/// </summary>
public sealed record MapShape(Country? Country, string SourceName, string Path)
{
    public string? Iso3 => Country?.Iso3;
}

/// <summary>A shape coloured by a forecast: CSS class per risk band, the entry when the country has one.</summary>
public sealed record MapCountry(MapShape Shape, ForecastEntry? Entry, string Band);

/// <summary>
/// The world map of the watchlist: Natural Earth 110m countries (npm world-atlas, fetched at build
/// time into wwwroot/lib/world-atlas/), decoded once per file and drawn as SVG paths server-side.
/// No file, no map: the page then shows the table and a note.
/// </summary>
public static class WorldMap
{
    public const double Width = 900;
    public const double Height = 360;
    private const double Scale = 2.5;
    private const double Top = 84;
    private const string Antarctica = "010";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<MapShape>?> Cache = new(StringComparer.Ordinal);

    public static string DefaultFile { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "world-atlas", "countries-110m.json");

    public static IReadOnlyList<MapShape>? Load(string? file = null) => Cache.GetOrAdd(file ?? DefaultFile, static f =>
    {
        if (!File.Exists(f))
        {
            return null;
        }
        var catalog = CountryCatalog.Embedded;
        var byNumeric = catalog.All.Where(c => c.IsoNumeric is not null).GroupBy(c => c.IsoNumeric!.Value).ToDictionary(g => g.Key, g => g.First());
        return [.. TopoJson.Decode(File.ReadAllText(f), "countries")
            .Where(feature => feature.Id != Antarctica && feature.Polygons.Count > 0)
            .Select(feature =>
            {
                var country = int.TryParse(feature.Id, out var numeric) ? byNumeric.GetValueOrDefault(numeric) : null;
                country ??= catalog.Resolve(feature.Name);
                return new MapShape(country, feature.Name ?? feature.Id ?? "?", TopoJson.ToSvgPath(feature, Scale, Top));
            })];
    });

    public static IReadOnlyList<MapCountry>? Colour(IReadOnlyList<MapShape>? shapes, IReadOnlyList<ForecastEntry> entries)
    {
        if (shapes is null)
        {
            return null;
        }
        var byIso3 = entries.Where(e => e.Iso3 is not null).GroupBy(e => e.Iso3!).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Rank).First());
        return [.. shapes.Select(s =>
        {
            var entry = s.Iso3 is null ? null : byIso3.GetValueOrDefault(s.Iso3);
            return new MapCountry(s, entry, Band(entry));
        })];
    }

    /// <summary>Bands by rank, as analysts read the watchlist: top 10, 11–30, 31–60, the rest, no forecast.</summary>
    public static string Band(ForecastEntry? entry) => entry switch
    {
        null => "risk-none",
        { Rank: <= 10 } => "risk-1",
        { Rank: <= 30 } => "risk-2",
        { Rank: <= 60 } => "risk-3",
        _ => "risk-4",
    };
}
