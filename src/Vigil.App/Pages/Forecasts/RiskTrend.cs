using System.Globalization;
using Vigil.Forecasting;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// A country's risk over past runs for the watchlist: an inline-SVG sparkline (oldest run on the
/// left, scaled to the country's own range so movement shows) and the rank change since the
/// previous run (positive = moved up the list, towards more risk).
/// </summary>
public sealed record RiskTrend(string Points, int? RankChange, string Summary)
{
    public const int Width = 64;
    public const int Height = 16;

    public static RiskTrend? From(IReadOnlyList<RiskPoint>? points)
    {
        if (points is null || points.Count < 2)
        {
            return null;
        }
        var (low, high) = (points.Min(p => p.Risk), points.Max(p => p.Risk));
        var span = high - low;
        var step = (double)(Width - 2) / (points.Count - 1);
        var coordinates = points.Select((p, i) => string.Create(CultureInfo.InvariantCulture,
            $"{1 + (i * step):0.#},{(span == 0 ? Height / 2.0 : Height - 1 - ((p.Risk - low) / span * (Height - 2))):0.#}"));
        var summary = string.Join(" → ", points.Select(p => p.Risk.ToString("P1", CultureInfo.CurrentCulture)));
        return new RiskTrend(string.Join(' ', coordinates), points[^2].Rank - points[^1].Rank, summary);
    }
}
