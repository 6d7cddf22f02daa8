using System.Globalization;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Events.Series;

namespace Vigil.App.Pages.Events;

/// <summary>
/// Geometry of one small-multiple SVG line chart (one measure over the months), with the months that
/// raised a signal marked. Only SVG attributes and CSS classes: the CSP forbids inline styles and scripts.
/// </summary>
public sealed record SeriesChart(string Title, string Points, int Maximum, IReadOnlyList<SeriesChart.Marker> Markers, IReadOnlyList<SeriesChart.Tick> Ticks)
{
    public const int Width = 900;
    public const int Height = 160;
    public const int Left = 50;
    public const int Top = 10;
    public const int Bottom = 20;

    public sealed record Marker(string X, string Y, string CssClass, string Label);
    public sealed record Tick(string X, string Label);

    public static SeriesChart For(string title, IReadOnlyList<SeriesRow> rows, Func<SeriesRow, int> value, string measure, IReadOnlyList<Signal> signals)
    {
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(value));
        var plotWidth = Width - Left - 10.0;
        var plotHeight = Height - Top - Bottom;
        string X(int i) => (Left + (rows.Count <= 1 ? 0 : i * plotWidth / (rows.Count - 1))).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(int v) => (Top + plotHeight - v * plotHeight / max).ToString("0.#", CultureInfo.InvariantCulture);
        var points = string.Join(' ', rows.Select((r, i) => $"{X(i)},{Y(value(r))}"));
        var index = rows.Select((r, i) => (r.Month, i)).ToDictionary(p => p.Month, p => p.i);
        var markers = signals.Where(s => s.Measure == measure)
            .Select(s => (Signal: s, Month: Vigil.Events.YearMonth.Of(s.Period)))
            .Where(s => index.ContainsKey(s.Month))
            .Select(s => new Marker(X(index[s.Month]), Y(value(rows[index[s.Month]])), "signal signal-" + s.Signal.Severity.ToString().ToLowerInvariant(),
                Localized.Format(EventsText.SignalMarker, s.Signal.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), s.Signal.Observed, s.Signal.Expected,
                    EnumText.Of(s.Signal.Severity))))
            .ToList();
        var ticks = rows.Select((r, i) => (r, i)).Where(p => p.r.Month % 100 == 1 && (p.r.Month / 100) % Math.Max(1, rows.Count / 120) == 0)
            .Select(p => new Tick(X(p.i), (p.r.Month / 100).ToString(CultureInfo.InvariantCulture))).ToList();
        return new SeriesChart(title, points, max, markers, ticks);
    }
}
