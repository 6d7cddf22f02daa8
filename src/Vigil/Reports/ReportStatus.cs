namespace Vigil.Reports;

/// <summary>Where a field report stands in verification; every report arrives unverified.</summary>
public enum ReportStatus
{
    Unverified,

    // Set by a reviewer (Vigil.Reports.Verification): verified becomes a field event; duplicate only by a merge.
    Verified,
    Unconfirmed,
    False,
    Duplicate,
}
