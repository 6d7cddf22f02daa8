namespace Vigil.Security;

/// <summary>
/// Told when an organisation has been added: how a feature that keeps a copy per organisation (the actor register) gives the new
/// one its entries at once, without Security knowing that feature (as <c>IEventsImportedHandler</c> for imports).
/// </summary>
public interface IOrganizationAddedHandler
{
    Task HandleAsync(Organization organization, CancellationToken cancellationToken);
}
