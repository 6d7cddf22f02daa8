using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Lets a partner organisation read the owner's Internal records (`vigil orgs share`); sharing twice changes nothing.</summary>
public sealed class ShareOrganization(VigilDb db, TimeProvider time)
{
    public sealed record Request(string OwnerName, string PartnerName);

    public async Task RunAsync(Request request, CancellationToken cancellationToken)
    {
        var (ownerName, partnerName) = (request.OwnerName, request.PartnerName);
        var owner = await db.Organizations.NamedAsync(ownerName, cancellationToken) ?? throw new DomainRuleException("owner", $"No organisation named '{ownerName}'.");
        var partner = await db.Organizations.NamedAsync(partnerName, cancellationToken) ?? throw new DomainRuleException("partner", $"No organisation named '{partnerName}'.");
        if (!await db.OrganizationShares.AnyAsync(s => s.OwnerId == owner.Id && s.PartnerId == partner.Id, cancellationToken))
        {
            db.OrganizationShares.Add(new OrganizationShare(owner.Id, partner.Id, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
