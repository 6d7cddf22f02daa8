namespace Vigil.Reports.Verification;

/// <summary>Where and when a report says something happened, as duplicate detection compares it.</summary>
public sealed record ReportPlace(string CountryIso3, string? Admin1, double? Latitude, double? Longitude, DateTime OccurredAt)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in km (haversine), or null when either place has no point.</summary>
    public double? KmTo(ReportPlace other)
    {
        if (Latitude is not { } lat1 || Longitude is not { } lon1 || other.Latitude is not { } lat2 || other.Longitude is not { } lon2)
        {
            return null;
        }
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
