namespace Vigil.Actors;

/// <summary>The monthly series of one source identity of an actor, gap months filled with zeros.</summary>
public sealed record ActorSourceSeries(string Source, string SourceActorId, IReadOnlyList<ActorSeriesPoint> Months);
