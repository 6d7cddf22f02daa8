using Vigil.Alerts;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Alerts;

/// <summary>Statuses and severities in the page's language, and their CSS classes.</summary>
public static class AlertLabels
{
    public static string Status(AlertStatus status) => T("status." + status.ToString().ToLowerInvariant());

    public static string Severity(SignalSeverity severity) => T("severity." + severity.ToString().ToLowerInvariant());

    public static string SeverityClass(SignalSeverity severity) => "tag severity-" + severity.ToString().ToLowerInvariant();
}
