namespace Vigil.Mapping;

/// <summary>A lon/lat box: west and east longitudes, south and north latitudes.</summary>
public sealed record GeoBox(double West, double South, double East, double North)
{
    public double Width => East - West;
    public double Height => North - South;

    public bool Contains(double lon, double lat) => lon >= West && lon <= East && lat >= South && lat <= North;
}

/// <summary>Events with coordinates as the map needs them: <see cref="Count"/> events at one point and place (one by default), their deaths summed.</summary>
public sealed record EventPoint(double Lon, double Lat, int Fatalities, int CivilianDeaths, string? Place, int Count = 1);

/// <summary>The events of one grid cell: where they are on average, how many, their deaths and (distinct) places.</summary>
public sealed record EventCluster(int Column, int Row, double Lon, double Lat, int Count, int Fatalities, int CivilianDeaths, IReadOnlyList<string> Places);

/// <summary>
/// Clusters points on a regular grid over a box (columns west to east, rows north to south): one cluster
/// per non-empty cell, placed at the mean of its events (a point of several events weighs as many). Points outside the box are left out.
/// </summary>
public static class EventClusters
{
    public static IReadOnlyList<EventCluster> Grid(IEnumerable<EventPoint> points, GeoBox box, int columns = 24, int rows = 24)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if (box.Width <= 0 || box.Height <= 0)
        {
            throw new ArgumentException("The box must have a positive width and height.", nameof(box));
        }
        return [.. points.Where(p => box.Contains(p.Lon, p.Lat))
            .GroupBy(p => (Column: Cell(p.Lon - box.West, box.Width, columns), Row: Cell(box.North - p.Lat, box.Height, rows)))
            .OrderBy(g => g.Key.Row).ThenBy(g => g.Key.Column)
            .Select(g => (g.Key, Points: g.ToList(), Count: g.Sum(p => p.Count)))
            .Select(g => new EventCluster(g.Key.Column, g.Key.Row, g.Points.Sum(p => p.Lon * p.Count) / g.Count, g.Points.Sum(p => p.Lat * p.Count) / g.Count, g.Count,
                g.Points.Sum(p => p.Fatalities), g.Points.Sum(p => p.CivilianDeaths),
                [.. g.Points.Select(p => p.Place).OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>The cell index of an offset along one axis; the far edge belongs to the last cell.</summary>
    private static int Cell(double offset, double span, int cells) => Math.Clamp((int)Math.Floor(offset / span * cells), 0, cells - 1);

    /// <summary>The CSS class of a cluster by its civilian deaths: none, 1–9, 10–49, 50 or more.</summary>
    public static string Band(int civilianDeaths) => civilianDeaths switch
    {
        <= 0 => "civ-0",
        < 10 => "civ-1",
        < 50 => "civ-2",
        _ => "civ-3",
    };
}
