namespace Vigil.Reports;

/// <summary>
/// Shows a report's point to those not allowed it as its organisation's policy says: snapped to the centre of a grid cell, or
/// withheld leaving the admin-2 name. The cells are fixed (not centred on the report), so many reports from one house fall in
/// one cell and averaging them reveals nothing finer than the cell.
/// </summary>
public static class LocationCoarsening
{
    /// <summary>Kilometres per degree of latitude (mean Earth radius 6371 km).</summary>
    private const double KmPerDegree = 111.195;

    public static ShownLocation Show(FieldReport report, ReportLocationPolicy policy, bool exact)
    {
        if (!report.HasPoint)
        {
            return new(report.Admin1, report.Admin2, null, null, ShownLocation.NoPoint, null);
        }
        if (exact)
        {
            return new(report.Admin1, report.Admin2, report.Latitude, report.Longitude, ShownLocation.Exact, null);
        }
        if (policy.Mode == LocationMode.Admin2)
        {
            return new(report.Admin1, report.Admin2, null, null, ShownLocation.Admin2Only, null);
        }
        var (lat, lon) = Snap(report.Latitude!.Value, report.Longitude!.Value, policy.GridKm);
        return new(report.Admin1, report.Admin2, lat, lon, ShownLocation.Grid, policy.GridKm);
    }

    /// <summary>
    /// The centre of the cell holding the point: rows of <paramref name="km"/> in latitude; in each row, columns as wide in
    /// kilometres at the row's centre latitude (so a cell stays about km × km away from the equator).
    /// </summary>
    public static (double Latitude, double Longitude) Snap(double latitude, double longitude, int km)
    {
        var latStep = km / KmPerDegree;
        var row = Math.Floor((latitude + 90) / latStep);
        var centreLat = Math.Clamp(-90 + (row + 0.5) * latStep, -90, 90);
        var cos = Math.Max(Math.Cos(centreLat * Math.PI / 180), 0.01);
        var lonStep = Math.Min(km / (KmPerDegree * cos), 360);
        var column = Math.Floor((longitude + 180) / lonStep);
        var centreLon = Math.Clamp(-180 + (column + 0.5) * lonStep, -180, 180);
        return (Math.Round(centreLat, 5), Math.Round(centreLon, 5));
    }
}
