namespace Vigil.Actors.Assessments;

/// <summary>What an evidence item of an actor assessment is: an event of the stored data sets (linked by its id), a field report or a document.</summary>
public enum ActorEvidenceKind
{
    Event,
    FieldReport,
    Document,
}
