using System.Globalization;

namespace Vigil.App.Pages.Actors;

/// <summary>A server-drawn sparkline: the points of an SVG polyline for a row of counts, scaled to its own maximum.</summary>
public static class Sparkline
{
    public const int Width = 120;
    public const int Height = 24;

    public static string Points(IReadOnlyList<int> values, int width = Width, int height = Height, int? scaleMax = null)
    {
        if (values.Count == 0)
        {
            return "";
        }
        var max = Math.Max(1, scaleMax ?? values.Max());
        var step = values.Count > 1 ? (double)width / (values.Count - 1) : 0;
        return string.Join(' ', values.Select((v, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i * step:0.#},{height - 1 - ((height - 2) * (double)v / max):0.#}")));
    }
}
