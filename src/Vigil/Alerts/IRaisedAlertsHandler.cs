namespace Vigil.Alerts;

/// <summary>
/// Told of the alerts a raise run created, once they are stored: how a feature above Alerts (Situations links new alerts of a
/// place it follows) reacts to new alerts without Alerts knowing it (decision record 0020).
/// </summary>
public interface IRaisedAlertsHandler
{
    Task HandleAsync(IReadOnlyList<Alert> raised, CancellationToken cancellationToken);
}
