using Vigil.Assessment;

namespace Vigil.Actors.Assessments;

/// <summary>An analyst's finding on one indicator or factor of an actor; <see cref="Evidence"/>, when given, replaces its evidence.</summary>
public sealed record ActorJudgementRequest(
    IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence, string? Notes, EvidentiaryStandard? Standard,
    IReadOnlyList<ActorEvidenceRequest>? Evidence);
