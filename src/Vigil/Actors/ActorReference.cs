namespace Vigil.Actors;

/// <summary>One actor named in one event: its source identity, the name the event gives, the kind its coding suggests, and its side (1 or 2).</summary>
public readonly record struct ActorReference(string Source, string SourceActorId, string Name, ActorKind Kind, int Side);
