using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Vigil.App.Pages.Forecasts;
using Vigil.Countries;
using Vigil.Mapping;

namespace Vigil.App.Pages.Events;

/// <summary>A circle of the event map: view coordinates, radius, CSS class and the cluster it draws.</summary>
public sealed record MapCircle(double X, double Y, double R, string Band, EventCluster Cluster);

/// <summary>One country's event map: outlines (the country itself marked) and clustered event circles, in view units.</summary>
public sealed record CountryEventMap(double Width, double Height, IReadOnlyList<(string Path, bool Self)> Outlines, IReadOnlyList<MapCircle> Circles, int Located);

/// <summary>
/// The event map of /events/{ISO3}: Natural Earth 110m outlines (the same world-atlas file as the watchlist map)
/// in an equirectangular projection fitted to the country's bounding box, neighbours clipped by the viewBox,
/// events clustered on a 24×24 grid. No file, no map.
/// </summary>
public static class EventMap
{
    public const double Width = 600;
    public const int Cells = 24;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<MapFeature>?> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<MapFeature>? Load(string? file = null) => Cache.GetOrAdd(file ?? WorldMap.DefaultFile, static f =>
        File.Exists(f) ? [.. TopoJson.Decode(File.ReadAllText(f), "countries").Where(x => x.Polygons.Count > 0)] : null);

    public static CountryEventMap? Build(IReadOnlyList<MapFeature>? features, Country country, IReadOnlyList<EventPoint> points)
    {
        if (Frame(features, [country], points.Select(p => (p.Lon, p.Lat)).ToList()) is not { } frame)
        {
            return null;
        }
        if (frame.Wrap)
        {
            points = [.. points.Select(p => p.Lon < 0 ? p with { Lon = p.Lon + 360 } : p)];
        }
        var cellSize = Math.Min(Width, frame.Height) / Cells;
        var clusters = EventClusters.Grid(points, frame.Box, Cells, Cells);
        var largest = clusters.Count == 0 ? 1 : clusters.Max(c => c.Count);
        var circles = clusters.Select(c =>
        {
            var (x, y) = frame.Project(c.Lon, c.Lat);
            var r = 2 + (cellSize * 1.2 - 2) * Math.Sqrt(c.Count) / Math.Sqrt(largest);
            return new MapCircle(Math.Round(x, 1), Math.Round(y, 1), Math.Round(r, 1), EventClusters.Band(c.CivilianDeaths), c);
        }).ToList();
        return new CountryEventMap(Width, frame.Height, frame.Outlines, circles, clusters.Sum(c => c.Count));
    }

    /// <summary>
    /// The frame fitted to the countries' outlines (or, for countries the file lacks, to the points), neighbours clipped by
    /// the viewBox; null without the file or anything to frame. Only a single country is framed across the 180° meridian.
    /// </summary>
    public static MapFrame? Frame(IReadOnlyList<MapFeature>? features, IReadOnlyList<Country> countries, IReadOnlyList<(double Lon, double Lat)> points)
    {
        if (features is null)
        {
            return null;
        }
        var selves = countries.Select(country => country.IsoNumeric is { } numeric
            ? features.FirstOrDefault(f => int.TryParse(f.Id, CultureInfo.InvariantCulture, out var id) && id == numeric)
            : null).OfType<MapFeature>().ToList();
        // A country across the 180° meridian (Russia's Chukotka, Fiji, New Zealand's Chatham Islands) spans the whole
        // world in -180…180; drawn with its western rings moved east by 360° it fits a sensible frame.
        var wrap = selves.Count == 1 && countries.Count == 1 && Wraps(selves[0]);
        if (wrap)
        {
            points = [.. points.Select(p => p.Lon < 0 ? (p.Lon + 360, p.Lat) : p)];
        }
        var box = selves.Count > 0 ? Bounds(selves.SelectMany(self => Rings(self, wrap)).SelectMany(r => r))
            : points.Count > 0 ? Bounds(points) : null;
        if (box is null)
        {
            return null;
        }
        // 5 % margin, and at least a degree across so a single point or a tiny island still gets a view.
        var padX = Math.Max(box.Width * 0.05, 0.5);
        var padY = Math.Max(box.Height * 0.05, 0.5);
        box = new GeoBox(box.West - padX, box.South - padY, box.East + padX, box.North + padY);
        // Equirectangular with the parallels shortened by the cosine of the middle latitude, so shapes look right.
        var cos = Math.Max(Math.Cos((box.South + box.North) / 2 * Math.PI / 180), 0.2);
        var k = Width / (box.Width * cos);
        var height = Math.Round(Math.Clamp(box.Height * k, 120, 900), 1);
        (double X, double Y) Project(double lon, double lat) => ((lon - box.West) * cos * k, (box.North - lat) * k);

        var outlines = new List<(string, bool)>();
        foreach (var feature in features)
        {
            var rings = Rings(feature, wrap).ToList();
            var b = Bounds(rings.SelectMany(r => r));
            if (b is null || b.East < box.West || b.West > box.East || b.North < box.South || b.South > box.North)
            {
                continue;
            }
            outlines.Add((Path(rings, Project), selves.Contains(feature)));
        }
        return new MapFrame(Width, height, outlines, box, cos, k, wrap);
    }

    private static GeoBox? Bounds(IEnumerable<(double Lon, double Lat)> points)
    {
        double w = double.MaxValue, s = double.MaxValue, e = double.MinValue, n = double.MinValue;
        foreach (var (lon, lat) in points)
        {
            (w, e, s, n) = (Math.Min(w, lon), Math.Max(e, lon), Math.Min(s, lat), Math.Max(n, lat));
        }
        return w > e ? null : new GeoBox(w, s, e, n);
    }

    /// <summary>
    /// Whether the feature is better framed with its rings west of 0° moved east by 360°: it has rings on both sides
    /// of the 180° meridian (within 30° of it) and moving them makes its box narrower.
    /// </summary>
    internal static bool Wraps(MapFeature feature)
    {
        var rings = feature.Polygons.SelectMany(p => p).Where(r => r.Count > 0).ToList();
        if (!rings.Any(r => r.Min(c => c.Lon) < -150) || !rings.Any(r => r.Max(c => c.Lon) > 150))
        {
            return false;
        }
        var plain = Bounds(rings.SelectMany(r => r))!;
        var wrapped = Bounds(Rings(feature, true).SelectMany(r => r))!;
        return wrapped.Width < plain.Width;
    }

    /// <summary>
    /// The feature's rings; with <paramref name="wrap"/>, moved into 0°…360°: a ring wholly west of 0° moves east by
    /// 360°, a ring that itself crosses the 180° meridian (Natural Earth's Russia and Fiji do) has its western points
    /// moved, and a ring across 0° (France's) stays whole where it is rather than being torn apart.
    /// </summary>
    private static IEnumerable<IReadOnlyList<(double Lon, double Lat)>> Rings(MapFeature feature, bool wrap) =>
        feature.Polygons.SelectMany(p => p).Where(r => r.Count > 0).Select(r =>
        {
            if (!wrap)
            {
                return r;
            }
            var (west, east) = (r.Min(c => c.Lon), r.Max(c => c.Lon));
            return east <= 0 || (west < -90 && east > 90)
                ? [.. r.Select(c => (c.Lon < 0 ? c.Lon + 360 : c.Lon, c.Lat))]
                : r;
        });

    private static string Path(IEnumerable<IReadOnlyList<(double Lon, double Lat)>> rings, Func<double, double, (double X, double Y)> project)
    {
        var d = new StringBuilder();
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = project(ring[i].Lon, ring[i].Lat);
                d.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
            }
            d.Append('Z');
        }
        return d.ToString();
    }
}
