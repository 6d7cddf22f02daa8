using Vigil.Alerts;

namespace Vigil.Events.Escalation;

/// <summary>A flagged month counting at least <see cref="Count"/> is at least <see cref="Severity"/>.</summary>
public sealed record MagnitudeFloor(int Count, SignalSeverity Severity);
