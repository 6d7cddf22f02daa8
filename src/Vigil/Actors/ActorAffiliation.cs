namespace Vigil.Actors;

/// <summary>A dated tie of one register entry to another of the same organisation (part of <see cref="ActorId"/>'s record).</summary>
public sealed class ActorAffiliation
{
    private ActorAffiliation()
    {
    }

    public Guid Id { get; private set; }
    public Guid ActorId { get; private set; }
    public Guid RelatedActorId { get; private set; }
    public AffiliationKind Kind { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static ActorAffiliation Link(Actor actor, Actor related, AffiliationKind kind, DateOnly? from, DateOnly? to, string by, DateTime now)
    {
        if (actor.Id == related.Id)
        {
            throw new DomainRuleException("relatedActorId", "An actor cannot be affiliated with itself.");
        }
        if (actor.OrganizationId != related.OrganizationId)
        {
            throw new DomainRuleException("relatedActorId", "Both actors must be in the same organisation's register.");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("kind", "Unknown affiliation kind.");
        }
        if (from is { } f && to is { } t && t < f)
        {
            throw new DomainRuleException("to", "The end date is before the start date.");
        }
        return new ActorAffiliation
        {
            Id = Guid.NewGuid(),
            ActorId = actor.Id,
            RelatedActorId = related.Id,
            Kind = kind,
            From = from,
            To = to,
            CreatedBy = by,
            CreatedAt = now,
        };
    }
}
