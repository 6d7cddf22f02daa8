using Vigil.App.Pages.Shared;
using Vigil.Assessment;

namespace Vigil.App.Pages.Countries;

/// <summary>
/// Geometry of the overall-score history chart (inline SVG, drawn on the server): score 0–100
/// upwards, "as of" dates along a time axis, level bands behind the line.
/// </summary>
public sealed class HistoryChart
{
    public const int Width = 760;
    public const int Height = 260;
    public const int Left = 48;
    public const int Right = 110;
    public const int Top = 16;
    public const int Bottom = 40;

    public sealed record Point(double X, double Y, Guid Id, Guid SeriesId, DateOnly AsOf, int Version, double Score, string Level, AssessmentStatus Status);

    public sealed record Band(string Level, double Y, double Height, double LabelY);

    public sealed record Tick(double X, string Label);

    /// <summary>Horizontal room one date label needs, in SVG units.</summary>
    private const double TickSpacing = 84;

    private HistoryChart(IReadOnlyList<Point> points, IReadOnlyList<Tick> ticks, IReadOnlyList<string> lines)
    {
        Points = points;
        XTicks = ticks;
        Lines = lines;
    }

    public IReadOnlyList<Point> Points { get; }

    public IReadOnlyList<Tick> XTicks { get; }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    /// <summary>One polyline per assessment series (the versions of one assessment); separate series are not joined.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static IReadOnlyList<Band> Bands { get; } =
    [
        MakeBand("low", 0, 25),
        MakeBand("moderate", 25, 50),
        MakeBand("high", 50, 75),
        MakeBand("very high", 75, 100),
    ];

    public static IReadOnlyList<(double Y, string Label)> YTicks { get; } =
        [.. new[] { 0, 25, 50, 75, 100 }.Select(v => (YOf(v), v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public static double YOf(double score) => Top + PlotHeight * (1 - Math.Clamp(score, 0, 100) / 100);

    /// <summary>Points of every assessment with a score, oldest first (versions of one date in version order).</summary>
    public static HistoryChart From(IEnumerable<(RiskAssessment Assessment, RiskProfile Profile)> entries)
    {
        // A score is given only with its level (a withheld level has neither).
        var scored = entries.Where(e => e.Profile.Overall.Score is not null)
            .OrderBy(e => e.Assessment.AsOf).ThenBy(e => e.Assessment.VersionNumber).ToList();
        if (scored.Count == 0)
        {
            return new HistoryChart([], [], []);
        }
        var first = scored[0].Assessment.AsOf.DayNumber;
        var span = scored[^1].Assessment.AsOf.DayNumber - first;
        double XOf(DateOnly date) => span == 0 ? Left + PlotWidth / 2 : Left + PlotWidth * (date.DayNumber - first) / span;
        var points = scored.Select(e => new Point(XOf(e.Assessment.AsOf), YOf(e.Profile.Overall.Score!.Value), e.Assessment.Id, e.Assessment.SeriesId,
            e.Assessment.AsOf, e.Assessment.VersionNumber, e.Profile.Overall.Score!.Value, e.Profile.Overall.Level!, e.Assessment.Status)).ToList();
        var lines = points.GroupBy(p => p.SeriesId)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(' ', g.Select(p => $"{Display.Number(p.X)},{Display.Number(p.Y)}")))
            .ToList();
        return new HistoryChart(points, Ticks(points.Select(p => (p.X, p.AsOf)).DistinctBy(t => t.AsOf).ToList()), lines);
    }

    /// <summary>Date labels that never overlap: the last date always, then earlier ones that leave room.</summary>
    private static List<Tick> Ticks(List<(double X, DateOnly AsOf)> dates)
    {
        var ticks = new List<Tick>();
        var lastX = double.MaxValue;
        foreach (var (x, date) in Enumerable.Reverse(dates))
        {
            if (lastX - x >= TickSpacing)
            {
                ticks.Insert(0, new Tick(x, Display.Date(date)));
                lastX = x;
            }
        }
        return ticks;
    }

    private static Band MakeBand(string level, double from, double to) =>
        new(level, YOf(to), YOf(from) - YOf(to), (YOf(from) + YOf(to)) / 2 + 4);
}
