using Vigil.Alerts;

namespace Vigil.Events.Escalation;

/// <summary>A value of a monthly count series (at <see cref="Index"/>) far above its baseline; figures unrounded.</summary>
public readonly record struct CountSurge(int Index, int Observed, double Expected, double Score, SignalSeverity Severity);
