using Vigil.Mapping;

namespace Vigil.App.Pages.Events;

/// <summary>
/// A map's frame in view units: the outlines it draws (the framed countries marked) and the projection of a point into it.
/// <see cref="Wrap"/>: the frame lies in 0°…360° (a country across the 180° meridian); points west of 0° move east by 360°.
/// </summary>
public sealed class MapFrame(double width, double height, IReadOnlyList<(string Path, bool Self)> outlines, GeoBox box, double cos, double scale, bool wrap)
{
    public double Width => width;

    public double Height => height;

    public IReadOnlyList<(string Path, bool Self)> Outlines => outlines;

    public GeoBox Box => box;

    public bool Wrap => wrap;

    public (double X, double Y) Project(double lon, double lat)
    {
        if (wrap && lon < 0)
        {
            lon += 360;
        }
        return ((lon - box.West) * cos * scale, (box.North - lat) * scale);
    }
}
