using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Mapping;

/// <summary>One feature of a TopoJSON object: its id, name and polygons (each a list of rings of lon/lat points).</summary>
public sealed record MapFeature(string? Id, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);

/// <summary>
/// A small TopoJSON decoder (spec: github.com/topojson/topojson-specification): shared arcs,
/// delta-encoded positions when the topology is quantized (a "transform"), negative arc indices
/// (~i) meaning arc i reversed, Polygon and MultiPolygon geometries. Enough for world-atlas.
/// </summary>
public static class TopoJson
{
    public static IReadOnlyList<MapFeature> Decode(string json, string objectName)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new FormatException("Not a TopoJSON topology (type must be \"Topology\").");
        }
        var arcs = DecodeArcs(root);
        if (!root.GetProperty("objects").TryGetProperty(objectName, out var obj))
        {
            throw new FormatException($"The topology has no object '{objectName}'.");
        }
        var geometries = obj.GetProperty("type").GetString() == "GeometryCollection"
            ? obj.GetProperty("geometries").EnumerateArray().ToList()
            : [obj];
        var features = new List<MapFeature>();
        foreach (var g in geometries)
        {
            var id = g.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.Number ? idElement.GetRawText() : idElement.GetString()
                : null;
            var name = g.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object
                && props.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            List<IReadOnlyList<IReadOnlyList<(double, double)>>> polygons = g.GetProperty("type").GetString() switch
            {
                "Polygon" => [Polygon(g.GetProperty("arcs"), arcs)],
                "MultiPolygon" => [.. g.GetProperty("arcs").EnumerateArray().Select(p => Polygon(p, arcs))],
                _ => [],
            };
            features.Add(new MapFeature(id, name, polygons));
        }
        return features;
    }

    /// <summary>Absolute lon/lat positions of every arc, undoing the delta encoding and the transform.</summary>
    internal static List<(double Lon, double Lat)[]> DecodeArcs(JsonElement topology)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = topology.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
            (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());
        }
        var result = new List<(double, double)[]>();
        foreach (var arc in topology.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    points[i++] = (x * sx + tx, y * sy + ty);
                }
                else
                {
                    points[i++] = (position[0].GetDouble(), position[1].GetDouble());
                }
            }
            result.Add(points);
        }
        return result;
    }

    private static List<IReadOnlyList<(double, double)>> Polygon(JsonElement rings, List<(double Lon, double Lat)[]> arcs) =>
        [.. rings.EnumerateArray().Select(ring => (IReadOnlyList<(double, double)>)Ring(ring, arcs))];

    /// <summary>Joins a ring's arcs; each arc after the first starts where the previous ended, so its first point is dropped.</summary>
    private static List<(double, double)> Ring(JsonElement indices, List<(double Lon, double Lat)[]> arcs)
    {
        var points = new List<(double, double)>();
        foreach (var index in indices.EnumerateArray())
        {
            var i = index.GetInt32();
            var arc = i >= 0 ? arcs[i] : [.. arcs[~i].Reverse()];
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return points;
    }

    /// <summary>
    /// SVG path data in an equirectangular projection: x = (lon + 180) × k, y = (top − lat) × k,
    /// one closed subpath per ring, one decimal.
    /// </summary>
    public static string ToSvgPath(MapFeature feature, double k = 2.5, double top = 84)
    {
        var d = new StringBuilder();
        foreach (var ring in feature.Polygons.SelectMany(p => p))
        {
            var previousShift = 0.0;
            var shift = 0.0;
            for (var i = 0; i < ring.Count; i++)
            {
                // Rings crossing the antimeridian (Russia, Fiji) are unwrapped so they run on past ±180°
                // (clipped by the viewBox) instead of drawing a line across the whole map.
                if (i > 0 && Math.Abs(ring[i].Lon + shift - ring[i - 1].Lon - previousShift) > 180)
                {
                    shift += ring[i].Lon + shift > ring[i - 1].Lon + previousShift ? -360 : 360;
                }
                previousShift = shift;
                d.Append(i == 0 ? 'M' : 'L')
                    .Append(((ring[i].Lon + shift + 180) * k).ToString("0.#", CultureInfo.InvariantCulture)).Append(',')
                    .Append(((top - ring[i].Lat) * k).ToString("0.#", CultureInfo.InvariantCulture));
            }
            if (ring.Count > 0)
            {
                d.Append('Z');
            }
        }
        return d.ToString();
    }
}
