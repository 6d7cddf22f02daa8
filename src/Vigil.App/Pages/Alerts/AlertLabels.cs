using Vigil.Alerts;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Alerts;

/// <summary>Statuses, severities and signal measures in the page's language, and their CSS classes.</summary>
public static class AlertLabels
{
    public static string Status(AlertStatus status) => T("status." + status.ToString().ToLowerInvariant());

    public static string Severity(SignalSeverity severity) => T("severity." + severity.ToString().ToLowerInvariant());

    public static string SeverityClass(SignalSeverity severity) => "tag severity-" + severity.ToString().ToLowerInvariant();

    /// <summary>
    /// What a signal counted ("civilian_deaths" → "civilian deaths"); a measure without a label (a future signal
    /// origin) is shown as its name with spaces rather than hidden.
    /// </summary>
    public static string Measure(string measure) => TryT("measure." + measure) ?? measure.Replace('_', ' ');
}
