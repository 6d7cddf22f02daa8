namespace Vigil.Alerts;

/// <summary>A signal that raised or was merged into an alert.</summary>
public sealed record AlertSignal(Guid AlertId, Guid SignalId);
