using Vigil.Alerts;
using Vigil.Events.Series;

namespace Vigil.Events.Escalation;

/// <summary>One month of one series that rose far above its baseline.</summary>
public sealed record EscalationFinding(string Country, string Admin1, string Source, int Month, string Measure,
    int Observed, double Expected, double Score, SignalSeverity Severity, IReadOnlyList<string> Indicators)
{
    public string MonthText => YearMonth.Text(Month);
}
