using Vigil.App.Pages.Events;
using Vigil.Countries;
using Vigil.Mapping;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The map of /reports/map: the countries' outlines (the world-atlas file of the event and watchlist maps) and the reports as
/// circles. A report is placed by <see cref="FieldReportView.Location"/> — the point as this viewer may see it, coarsened
/// by the same <see cref="FieldReportQueries"/> the API answers with — so the page can hold nothing finer than the API would
/// give. A report with no such point (names only by policy, or sent without one) is placed at its district's
/// <see cref="DistrictPlace"/>, which comes from event data alone, and is counted apart; one with neither is not drawn.
/// Reports drawn so close that their circles would overlap become one circle with their number in it.
/// </summary>
public sealed record ReportMap(MapFrame Frame, IReadOnlyList<ReportMapCircle> Circles, int Drawn, int ByDistrict, int Unplaced)
{
    /// <summary>False when no framed country has an outline in the file (the fictional training country, a tiny island).</summary>
    public bool HasOutline => Frame.Outlines.Any(o => o.Self);

    /// <summary>View units (the map is 600 wide) within which reports share a circle: about two small circles' width.</summary>
    public const double MergeDistance = 20;

    /// <param name="districts">The district places of reports without a point, by report id (<see cref="DistrictPlaces"/>).</param>
    public static ReportMap? Build(IReadOnlyList<MapFeature>? features, IReadOnlyList<Country> countries, IReadOnlyList<FieldReportView> reports,
        IReadOnlyDictionary<Guid, DistrictPlace> districts)
    {
        var placed = reports.Select(r => r.Location is { Latitude: { } lat, Longitude: { } lon }
                ? (Report: r, Longitude: lon, Latitude: lat, ByDistrict: false)
                : districts.TryGetValue(r.Id, out var d) ? (Report: r, d.Longitude, d.Latitude, ByDistrict: true) : default)
            .Where(p => p.Report is not null).ToList();
        if (EventMap.Frame(features, countries, [.. placed.Select(p => (p.Longitude, p.Latitude))]) is not { } frame)
        {
            return null;
        }
        // Greedy clustering in view units: a report joins the first circle whose centre is near enough that the two would
        // overlap, else starts one; the circle sits at its reports' mean. Nearness is on the view, so zooming out (all
        // countries) merges more, and circles never hide one another. Reports placed by district cluster like the others.
        var clusters = new List<(double X, double Y, List<(FieldReportView Report, bool ByDistrict)> Reports)>();
        foreach (var p in placed.OrderBy(p => p.Latitude).ThenBy(p => p.Longitude).ThenBy(p => p.Report.Id))
        {
            var (x, y) = frame.Project(p.Longitude, p.Latitude);
            var near = clusters.FindIndex(c => Math.Pow(c.X - x, 2) + Math.Pow(c.Y - y, 2) < MergeDistance * MergeDistance);
            if (near < 0)
            {
                clusters.Add((x, y, [(p.Report, p.ByDistrict)]));
                continue;
            }
            var (cx, cy, members) = clusters[near];
            members.Add((p.Report, p.ByDistrict));
            clusters[near] = (cx + (x - cx) / members.Count, cy + (y - cy) / members.Count, members);
        }
        var circles = clusters.Select(c =>
        {
            var counts = c.Reports.GroupBy(m => m.Report.Status).Select(s => (s.Key, s.Count())).OrderByDescending(s => s.Item2).ThenBy(s => s.Key).ToList();
            // Big enough for a two-digit count, growing with the square root of the number so area follows it, capped.
            var r = Math.Min(9 + 3 * Math.Sqrt(c.Reports.Count - 1), 30);
            return new ReportMapCircle(Math.Round(c.X, 1), Math.Round(c.Y, 1), Math.Round(r, 1), counts[0].Key, counts, c.Reports.Count(m => m.ByDistrict));
        }).OrderByDescending(c => c.Count).ToList();
        var byDistrict = placed.Count(p => p.ByDistrict);
        return new ReportMap(frame, circles, placed.Count, byDistrict, reports.Count - placed.Count);
    }
}
