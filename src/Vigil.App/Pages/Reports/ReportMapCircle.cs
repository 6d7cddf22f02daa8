using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// A circle of the report map: where it is drawn (view units), its radius, the status most of its reports have (its colour),
/// how many reports of each status it holds, and how many of them are drawn at their district's place (no point of their own).
/// </summary>
public sealed record ReportMapCircle(double X, double Y, double R, ReportStatus Status, IReadOnlyList<(ReportStatus Status, int Count)> Counts, int ByDistrict)
{
    public int Count => Counts.Sum(c => c.Count);
}
