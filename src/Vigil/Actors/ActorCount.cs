namespace Vigil.Actors;

/// <summary>A name (an admin-1 area, a counterpart) with the number of the actor's events it appears in, per source.</summary>
public sealed record ActorCount(string Source, string? CountryIso3, string Name, int Events);
