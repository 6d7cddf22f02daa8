using Vigil.App.Pages.Events;
using Vigil.Countries;
using Vigil.Mapping;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The map of /reports/map: the countries' outlines (the world-atlas file of the event and watchlist maps) and the reports as
/// circles. A report is placed only by <see cref="FieldReportView.Location"/> — the point as this viewer may see it, coarsened
/// by the same <see cref="FieldReportQueries"/> the API answers with — so the page can hold nothing finer than the API would
/// give; reports shown by admin-2 name alone have no point and are counted, not drawn. Reports that fall in one cell of a
/// 24×24 grid of the view become one circle with their number in it.
/// </summary>
public sealed record ReportMap(MapFrame Frame, IReadOnlyList<ReportMapCircle> Circles, int Drawn, int NamesOnly)
{
    public const int Cells = 24;

    public static ReportMap? Build(IReadOnlyList<MapFeature>? features, IReadOnlyList<Country> countries, IReadOnlyList<FieldReportView> reports)
    {
        var placed = reports.Where(r => r.Location.Latitude is not null && r.Location.Longitude is not null).ToList();
        if (EventMap.Frame(features, countries, [.. placed.Select(r => (r.Location.Longitude!.Value, r.Location.Latitude!.Value))]) is not { } frame)
        {
            return null;
        }
        var cell = Math.Min(frame.Width, frame.Height) / Cells;
        var groups = placed
            .Select(r => (Report: r, At: frame.Project(r.Location.Longitude!.Value, r.Location.Latitude!.Value)))
            .GroupBy(p => (Column: (int)Math.Floor(p.At.X / cell), Row: (int)Math.Floor(p.At.Y / cell)))
            .ToList();
        var largest = groups.Count == 0 ? 1 : groups.Max(g => g.Count());
        var circles = groups.Select(g =>
        {
            var counts = g.GroupBy(p => p.Report.Status).Select(s => (s.Key, s.Count())).OrderByDescending(s => s.Item2).ThenBy(s => s.Key).ToList();
            // At least big enough for a two-digit count, growing with the square root so area follows the number.
            var r = 6 + (cell * 1.1 - 6) * Math.Sqrt(g.Count()) / Math.Sqrt(largest);
            return new ReportMapCircle(Math.Round(g.Average(p => p.At.X), 1), Math.Round(g.Average(p => p.At.Y), 1), Math.Round(Math.Max(r, 6), 1),
                counts[0].Key, counts);
        }).OrderByDescending(c => c.Count).ToList();
        return new ReportMap(frame, circles, placed.Count, reports.Count(r => r.Location.Precision == ShownLocation.Admin2Only));
    }
}
