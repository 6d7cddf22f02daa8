using System.Text.RegularExpressions;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Alerts;

/// <summary>Statuses, severities, signal measures and step notes in the page's language, and their CSS classes.</summary>
public static partial class AlertLabels
{
    public static string Status(AlertStatus status) => EnumText.Of(status);

    public static string Severity(SignalSeverity severity) => EnumText.Of(severity);

    public static string SeverityClass(SignalSeverity severity) => "tag severity-" + severity.ToString().ToLowerInvariant();

    public static string Classification(Classification classification) => EnumText.Of(classification);

    /// <summary>
    /// What a signal counted ("civilian_deaths" → "civilian deaths"); a measure without a label (a future signal
    /// origin) is shown as its name with spaces rather than hidden.
    /// </summary>
    public static string Measure(string measure) => EnumText.TryOf(AlertsText.ResourceManager, "Measure", measure) ?? measure.Replace('_', ' ');

    /// <summary>Where a signal or rule comes from ("events", "forecasts"), in the page's language.</summary>
    public static string Origin(string origin) => EnumText.Of(AlertsText.ResourceManager, "Origin", origin);

    /// <summary>A rule's name: the default rules Vigil creates in the page's language (<see cref="RaiseAlerts.IsDefaultRule"/>), others as named.</summary>
    public static string RuleName(string origin, string name) =>
        RaiseAlerts.IsDefaultRule(origin, name) ? EnumText.Of(AlertsText.ResourceManager, "DefaultRule", origin) : name;

    /// <summary>
    /// A step's note as a reader should see it. Vigil's own steps store a terse, language-neutral record
    /// ("raised by signal civilian_deaths 2001-04", <see cref="Alert.Raise"/>, <see cref="Alert.Merge"/>), which is
    /// rendered here as a sentence in the page's language ("Raised by a surge in civilian deaths, 2001-04"); the
    /// stored text is left as it is (the API returns it). A person's note, or a system note of another shape, is shown
    /// as written.
    /// </summary>
    public static string? StepNote(AlertTransition step, string? visibleNote)
    {
        if (visibleNote is null || !step.IsSystem || SystemNote().Match(visibleNote) is not { Success: true } match)
        {
            return visibleNote;
        }
        var forecast = AlertTitle.IsForecast(match.Groups["measure"].Value);
        var raised = match.Groups["kind"].Value == "raised by";
        var template = forecast
            ? (raised ? AlertsText.SystemNoteRaisedForecast : AlertsText.SystemNoteMergedForecast)
            : (raised ? AlertsText.SystemNoteRaised : AlertsText.SystemNoteMerged);
        // A forecast signal's period is the first day of its data year: "data year 2024", not "2024-01".
        var when = forecast ? Localized.Format(AlertsText.ForecastDataYear, match.Groups["month"].Value[..4]) : match.Groups["month"].Value;
        return Localized.Format(template, Measure(match.Groups["measure"].Value), when);
    }

    [GeneratedRegex(@"^(?<kind>raised by|merged) signal (?<measure>[a-z0-9_]+) (?<month>\d{4}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SystemNote();
}
