using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>
/// The published shape of an actor assessment (API body): its record, the standard the organisation requires and whether the
/// findings meet it, every finding with its standard and evidence, the persons named (only for those who may see Confidential
/// fields; otherwise empty and <see cref="IndividualsWithheld"/>), the naming decision and the history.
/// </summary>
public sealed record ActorAssessmentView(
    Guid Id,
    Guid ActorId,
    Guid SeriesId,
    int Version,
    string Title,
    DateOnly AsOf,
    string? Summary,
    string Author,
    Classification Classification,
    AssessmentStatus Status,
    string Framework,
    string FrameworkVersion,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? ApprovedAt,
    string? ApprovedBy,
    EvidentiaryStandard RequiredStandard,
    bool MeetsRequiredStandard,
    ActorAssessmentView.Naming? NamingDecision,
    IReadOnlyList<ActorAssessmentView.Finding> Findings,
    IReadOnlyList<ActorAssessmentView.Evidence> EvidenceItems,
    IReadOnlyList<ActorAssessmentView.Individual> Individuals,
    bool IndividualsWithheld,
    IReadOnlyList<ActorAssessmentView.Change> History)
{
    public sealed record Finding(string Target, bool IsFactor, string Factor, IndicatorStatus Status, int? Severity, Trend? Trend,
        Confidence? Confidence, string? Notes, EvidentiaryStandard? Standard, bool MeetsRequiredStandard);

    public sealed record Evidence(Guid Id, string Target, ActorEvidenceKind Kind, long? EventId, string Title, string? Reference, DateOnly? Date, string Grade);

    public sealed record Individual(Guid Id, string? Name, string? Role, string? Notes);

    public sealed record Naming(Guid Id, string DecidedBy, DateTime DecidedAt, EvidentiaryStandard Standard, IReadOnlyList<Guid> EvidenceIds, string? Reason);

    public sealed record Change(DateTime At, string Actor, string Action, string? Target, string? Before, string? After);

    public static ActorAssessmentView From(ActorAssessment a, FrameworkDefinition framework, EvidentiaryStandard required, ActorNaming? naming, bool canSeeConfidential)
    {
        var order = PerpetratorFactors.Of(framework)
            .SelectMany(f => new[] { f.Id }.Concat(f.Indicators.Select(i => i.Id)))
            .Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var findings = a.Judgements
            .OrderBy(j => order.GetValueOrDefault(j.Target, int.MaxValue))
            .Select(j => new Finding(j.Target, j.IsFactor, PerpetratorFactors.FactorOf(framework, j.Target, j.IsFactor)?.Id ?? "", j.Status, j.Severity, j.Trend,
                j.Confidence, j.Notes, j.Standard, j.Meets(required)))
            .ToList();
        var evidence = a.Evidence.OrderBy(e => order.GetValueOrDefault(e.Target, int.MaxValue)).ThenBy(e => e.Date)
            .Select(e => new Evidence(e.Id, e.Target, e.Kind, e.EventId, e.Title, e.Reference, e.Date, e.Grade.ToString())).ToList();
        var individuals = canSeeConfidential ? a.Individuals.Select(i => new Individual(i.Id, i.Name, i.Role, i.Notes)).ToList() : [];
        return new ActorAssessmentView(a.Id, a.ActorId, a.SeriesId, a.VersionNumber, a.Title, a.AsOf, a.Summary, a.Author, a.Classification, a.Status,
            a.FrameworkId, a.FrameworkVersion, a.CreatedAt, a.UpdatedAt, a.SubmittedAt, a.ApprovedAt, a.ApprovedBy,
            required, a.MeetsStandard(required),
            naming is null ? null : new Naming(naming.Id, naming.DecidedBy, naming.DecidedAt, naming.Standard, naming.EvidenceIdList, naming.Reason),
            findings, evidence, individuals, !canSeeConfidential && a.Individuals.Count > 0,
            a.History.OrderBy(h => h.At).Select(h => new Change(h.At, h.Actor, h.Action, h.Target, h.Before, h.After)).ToList());
    }
}
