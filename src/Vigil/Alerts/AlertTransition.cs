namespace Vigil.Alerts;

/// <summary>One dated, attributed step of an alert's lifecycle (or a merge of a new signal).</summary>
public sealed class AlertTransition
{
    private AlertTransition()
    {
    }

    public long Id { get; private set; }
    public Guid AlertId { get; private set; }
    public AlertStatus From { get; private set; }
    public AlertStatus To { get; private set; }
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }

    internal static AlertTransition Of(Guid alertId, AlertStatus from, AlertStatus to, DateTime at, string by, string? note) =>
        new() { AlertId = alertId, From = from, To = to, At = at, By = by, Note = note };
}
