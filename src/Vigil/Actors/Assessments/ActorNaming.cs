using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>
/// The recorded decision to name an actor as one that has committed or may commit atrocity crimes (A/70/741 para 18): who
/// decided, when, at which required standard, on which approved assessment and which of its evidence. Owned and classified
/// as that assessment is, so it is seen by those who may see the assessment, and by no one else.
/// </summary>
public sealed class ActorNaming
{
    private ActorNaming()
    {
    }

    internal ActorNaming(ActorAssessment assessment, EvidentiaryStandard required, IReadOnlyList<Guid> evidenceIds, string? reason, string decidedBy, DateTime now)
    {
        if (!assessment.MeetsStandard(required))
        {
            throw new DomainRuleException("assessmentId", new ResourceText(ActorAssessmentDomainText.ResourceManager,
                assessment.Status == AssessmentStatus.Approved ? nameof(ActorAssessmentDomainText.NamingBelowStandard) : nameof(ActorAssessmentDomainText.NamingNeedsApproval),
                EvidentiaryStandards.Code(required)), conflict: true);
        }
        if (evidenceIds.Count == 0 || evidenceIds.Any(id => assessment.Evidence.All(e => e.Id != id)))
        {
            throw new DomainRuleException("evidenceIds", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NamingNeedsEvidence)));
        }
        if (reason is { Length: > 10_000 })
        {
            throw new DomainRuleException("reason", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotesTooLong)));
        }
        Id = Guid.NewGuid();
        ActorId = assessment.ActorId;
        AssessmentId = assessment.Id;
        OrganizationId = assessment.OrganizationId;
        Classification = assessment.Classification;
        Standard = required;
        EvidenceIds = string.Join(';', evidenceIds.Distinct());
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedBy = decidedBy.Trim();
        DecidedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ActorId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }

    /// <summary>The organisation's required standard when the decision was taken; the assessment's findings met it.</summary>
    public EvidentiaryStandard Standard { get; private set; }

    /// <summary>The ids of the assessment's evidence items the decision rests on, separated by semicolons.</summary>
    public string EvidenceIds { get; private set; } = "";
    public string? Reason { get; private set; }
    public string DecidedBy { get; private set; } = "";
    public DateTime DecidedAt { get; private set; }

    public IReadOnlyList<Guid> EvidenceIdList => EvidenceIds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
