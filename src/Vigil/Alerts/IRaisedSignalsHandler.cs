namespace Vigil.Alerts;

/// <summary>
/// Told of the signals a scan raised (new ones, not refreshed ones), once they are stored: how a feature above the one that raised
/// them (Situations links a speech surge to the open situations of its country) reacts without that feature knowing it, as
/// <see cref="IRaisedAlertsHandler"/> does for alerts.
/// </summary>
public interface IRaisedSignalsHandler
{
    Task HandleAsync(IReadOnlyList<Signal> raised, CancellationToken cancellationToken);
}
