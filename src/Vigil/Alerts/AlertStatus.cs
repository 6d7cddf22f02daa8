namespace Vigil.Alerts;

/// <summary>An alert's lifecycle: new → acknowledged → escalated → actioned → closed (steps may be skipped forward, never back).</summary>
public enum AlertStatus
{
    New = 0,
    Acknowledged = 1,
    Escalated = 2,
    Actioned = 3,
    Closed = 4,
}
