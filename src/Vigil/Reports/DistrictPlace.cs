namespace Vigil.Reports;

/// <summary>
/// Where a district (or, with <see cref="Admin1Only"/>, a province) lies by the event data: the mean of the points of
/// <see cref="Events"/> imported events that name it.
/// </summary>
public sealed record DistrictPlace(double Latitude, double Longitude, int Events, bool Admin1Only);
