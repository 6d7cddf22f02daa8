using Vigil.Security;

namespace Vigil.Actors;

/// <summary>Gives an organisation added after the last import its register entries at once.</summary>
internal sealed class RegisterNewOrganization(RebuildActors rebuild) : IOrganizationAddedHandler
{
    public async Task HandleAsync(Organization organization, CancellationToken cancellationToken) =>
        await rebuild.RegisterAsync(organization.Id, cancellationToken);
}
