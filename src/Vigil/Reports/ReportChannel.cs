namespace Vigil.Reports;

/// <summary>How a field report reached Vigil.</summary>
public enum ReportChannel
{
    Web,
    OpenRosa,
    Sms,
    Csv,
    Api,
}
