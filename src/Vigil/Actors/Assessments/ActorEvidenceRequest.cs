namespace Vigil.Actors.Assessments;

/// <summary>An evidence item as a person types it: for an event, its stored id (the title then defaults to the event's).</summary>
public sealed record ActorEvidenceRequest(ActorEvidenceKind Kind, long? EventId, string? Title, string? Reference, DateOnly? Date, char Reliability, int Credibility);
