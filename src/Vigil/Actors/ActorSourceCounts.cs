namespace Vigil.Actors;

/// <summary>One source identity's counts within an actor: never added to another source's.</summary>
public sealed record ActorSourceCounts(long IdentityId, string Source, string SourceActorId, string Name, int Events, int CivilianEvents, long Deaths);
