namespace Vigil.Security;

/// <summary>The owner organisation shares its Internal records with the partner organisation (one direction).</summary>
public sealed class OrganizationShare
{
    private OrganizationShare()
    {
    }

    public OrganizationShare(Guid ownerId, Guid partnerId, DateTime now)
    {
        if (ownerId == partnerId)
        {
            throw new DomainRuleException("partner", "An organisation always sees its own records; share with another one.");
        }
        OwnerId = ownerId;
        PartnerId = partnerId;
        CreatedAt = now;
    }

    public Guid OwnerId { get; private set; }
    public Guid PartnerId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
