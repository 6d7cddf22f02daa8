namespace Vigil.Events.Import;

/// <summary>
/// Told when an import has changed the stored events (rows inserted, updated or deleted): how a feature that derives data
/// from events (the actor register) refreshes it without Events knowing that feature (as <c>IRaisedAlertsHandler</c> for alerts).
/// </summary>
public interface IEventsImportedHandler
{
    Task HandleAsync(EventImportSummary summary, CancellationToken cancellationToken);
}
