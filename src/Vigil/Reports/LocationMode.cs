namespace Vigil.Reports;

/// <summary>How a report's place is shown to those not allowed the exact point.</summary>
public enum LocationMode
{
    /// <summary>Admin-2 (and admin-1) names only, no coordinates.</summary>
    Admin2,

    /// <summary>The centre of a grid cell of <see cref="ReportLocationPolicy.GridKm"/> kilometres.</summary>
    Grid,
}
