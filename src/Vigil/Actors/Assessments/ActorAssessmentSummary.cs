using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>One line of an actor's assessments: no finding, no evidence, no person (listing them writes no read entry).</summary>
public sealed record ActorAssessmentSummary(
    Guid Id, Guid ActorId, string Title, DateOnly AsOf, int Version, AssessmentStatus Status, Classification Classification, string Author, string? ApprovedBy);
