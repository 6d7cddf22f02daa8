using Vigil.Actors.Assessments;
using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.App.Api;

/// <summary>
/// The JSON shapes clients send about actor assessments. Fields are plain strings, as in <see cref="AssessmentRequests"/>, so that a
/// bad value is answered with a ProblemDetails naming the field.
/// </summary>
public static class ActorAssessmentRequests
{
    public sealed record Create(string? Title, string? AsOf, string? Classification);

    public sealed record Judgement(string? Status, int? Severity, string? Trend, string? Confidence, string? Notes, string? Standard, List<Evidence>? Evidence);

    public sealed record Evidence(string? Kind, long? EventId, string? Title, string? Url, string? Reference, string? Date, string? Reliability, int? Credibility);

    public sealed record Individual(string? Name, string? Role, string? Notes);

    public sealed record Naming(List<Guid>? EvidenceIds, string? Reason);

    public sealed record Standard(string? Required);

    public static CreateActorAssessment.Request ToRequest(this Create body, Guid actorId, string author) => new(
        actorId,
        string.IsNullOrWhiteSpace(body.Title) ? throw new DomainRuleException("title", "title is required.") : body.Title,
        AssessmentRequests.ParseDate(body.AsOf, "asOf"),
        author,
        AssessmentRequests.ParseEnum<Classification>(body.Classification, "classification") ?? Classification.Restricted);

    public static ActorJudgementRequest ToRequest(this Judgement body) => new(
        AssessmentRequests.ParseEnum<IndicatorStatus>(body.Status, "status") ?? throw new DomainRuleException("status", "status is required: present, absent, unknown or notAssessed."),
        body.Severity,
        AssessmentRequests.ParseEnum<Trend>(body.Trend, "trend"),
        AssessmentRequests.ParseEnum<Confidence>(body.Confidence, "confidence"),
        body.Notes,
        EvidentiaryStandards.ParseOptional(body.Standard, "standard"),
        body.Evidence?.Select((e, i) => e.ToRequest($"evidence[{i}]")).ToList());

    public static ActorEvidenceRequest ToRequest(this Evidence e, string path)
    {
        var kind = AssessmentRequests.ParseEnum<ActorEvidenceKind>(e.Kind, $"{path}.kind")
            ?? throw new DomainRuleException($"{path}.kind", $"{path}.kind is required: event, fieldReport or document.");
        var reliability = AssessmentRequests.CheckSource(path, e.Url, e.Reliability, e.Credibility);
        return new ActorEvidenceRequest(kind, e.EventId, e.Title, e.Url ?? e.Reference,
            string.IsNullOrWhiteSpace(e.Date) ? null : AssessmentRequests.ParseDate(e.Date, $"{path}.date"), reliability, e.Credibility ?? 6);
    }
}
