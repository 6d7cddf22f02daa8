namespace Vigil.Reports;

/// <summary>Where a field report stands in verification; every report arrives unverified.</summary>
public enum ReportStatus
{
    Unverified,
}
