namespace Vigil.Actors;

/// <summary>An affiliation as the actor's page shows it: the other actor's name, and whether this actor is the one tied (allied to, unit of) or the one tied to.</summary>
public sealed record ActorAffiliationRow(ActorAffiliation Affiliation, Guid OtherActorId, string OtherName, bool Outgoing);
