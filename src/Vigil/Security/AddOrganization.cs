using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Adds an organisation (`vigil orgs add`, and the organisation of a user added on the command line).</summary>
public sealed class AddOrganization(VigilDb db, TimeProvider time, IEnumerable<IOrganizationAddedHandler> handlers)
{
    public sealed record Request(string Name, OrganizationKind Kind);

    public async Task<Organization> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var name = request.Name;
        if (await db.Organizations.NamedAsync(name, cancellationToken) is not null)
        {
            throw new DomainRuleException("name", $"An organisation named '{name.Trim()}' exists already.", conflict: true);
        }
        var organization = new Organization(name, request.Kind, time.GetUtcNow().UtcDateTime);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(organization, cancellationToken);
        }
        return organization;
    }

    /// <summary>The organisation of this name, added (as <see cref="Request.Kind"/>) when it does not exist yet.</summary>
    public async Task<Organization> FindOrRunAsync(Request request, CancellationToken cancellationToken) =>
        await db.Organizations.NamedAsync(request.Name, cancellationToken) ?? await RunAsync(request, cancellationToken);
}
