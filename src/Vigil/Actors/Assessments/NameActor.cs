using Microsoft.EntityFrameworkCore;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>
/// Records the decision to name an actor on an approved assessment whose findings meet the organisation's required standard:
/// by a reviewer or admin of the owning organisation who did not write or change the assessment, on named evidence of it.
/// </summary>
public sealed class NameActor(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid ActorId, Guid AssessmentId, IReadOnlyList<Guid> EvidenceIds, string? Reason, string Actor);

    /// <summary>The decision, or null when the viewer cannot see the assessment (or it is not the actor's).</summary>
    public async Task<ActorNaming?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        ActorNaming? naming = null;
        var assessment = await drafts.ChangeAsync(request.AssessmentId, (v, o) => v.CanReview(o), async (assessment, _) =>
        {
            if (assessment.ActorId != request.ActorId)
            {
                throw new DomainRuleException("assessmentId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NotThisActor)));
            }
            var who = drafts.Who(request.Actor);
            if (assessment.HasEdited(who))
            {
                throw new DomainRuleException("decidedBy", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NamerNotEditor)), conflict: true);
            }
            if (await drafts.Db.ActorNamings.AnyAsync(n => n.AssessmentId == assessment.Id, cancellationToken))
            {
                throw new DomainRuleException("assessmentId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.AlreadyNamed)), conflict: true);
            }
            var required = await drafts.Db.RequiredStandardAsync(assessment.OrganizationId, cancellationToken);
            naming = new ActorNaming(assessment, required, request.EvidenceIds, request.Reason, who, drafts.Now());
            assessment.RecordNaming(naming);
            drafts.Db.ActorNamings.Add(naming);
        }, cancellationToken);
        return assessment is null ? null : naming;
    }
}
