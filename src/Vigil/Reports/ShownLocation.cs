namespace Vigil.Reports;

/// <summary>
/// A report's place as one viewer may see it. <see cref="Precision"/>: "exact", "grid" (the centre of a cell of
/// <see cref="GridKm"/> km), "admin2" (names only) or "none" (no point was given).
/// </summary>
public sealed record ShownLocation(string? Admin1, string? Admin2, double? Latitude, double? Longitude, string Precision, int? GridKm)
{
    public const string Exact = "exact";
    public const string Grid = "grid";
    public const string Admin2Only = "admin2";
    public const string NoPoint = "none";
}
