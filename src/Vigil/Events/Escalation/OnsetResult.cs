using Vigil.Alerts;

namespace Vigil.Events.Escalation;

/// <summary>How the detector did on one EWP onset that the event data cover.</summary>
/// <param name="LeadMonths">Months from the first signal to January of the onset year: positive = before, 0 = January, negative = later in the onset year.</param>
public sealed record OnsetResult(MassKillingEpisode Episode, string Source, bool Fired, int? FirstSignalMonth, int? LeadMonths,
    int SignalsInWindow, SignalSeverity? HighestSeverity);
