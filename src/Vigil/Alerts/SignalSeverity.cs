namespace Vigil.Alerts;

/// <summary>How strongly a signal departs from what was expected; alert rules filter on it.</summary>
public enum SignalSeverity
{
    Low = 1,
    Moderate = 2,
    High = 3,
    Critical = 4,
}
