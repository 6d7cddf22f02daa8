using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// An admin requires (or stops requiring) a second factor of every member of their organisation. Members without an
/// authenticator are taken to enrolment at their next request; their API keys and tokens answer 403 until they enrol.
/// </summary>
public sealed class RequireTwoFactor(VigilDb db)
{
    public sealed record Request(bool Required);

    public async Task<Organization> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == admin.OrganizationId, cancellationToken)
            ?? throw new DomainRuleException("organization", "The command line belongs to no organisation: sign in as an admin of it.");
        organization.RequireTwoFactor = request.Required;
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }
}
