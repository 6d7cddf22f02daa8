using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>
/// Corrects one evidence item of a draft in place. A null <see cref="EvidenceRequest.SourceIdentity"/> keeps the stored
/// identity and an empty one clears it; only a viewer who may see Confidential fields of the assessment may change it.
/// </summary>
public sealed class CorrectEvidence(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, Guid EvidenceId, EvidenceRequest Evidence, string Actor);

    /// <summary>The draft with the corrected item, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId, assessment =>
        {
            var keepIdentity = request.Evidence.SourceIdentity is null;
            if (!keepIdentity && !drafts.Viewer.CanSeeConfidentialFields(assessment.OrganizationId))
            {
                throw new AccessDeniedException("Only those who may see Confidential fields of this assessment can change a source identity.");
            }
            var target = assessment.Evidence.FirstOrDefault(e => e.Id == request.EvidenceId)?.Target ?? "";
            assessment.CorrectEvidence(request.EvidenceId, request.Evidence.ToItem(target), keepIdentity, drafts.Who(request.Actor), drafts.Now());
        }, cancellationToken);
}
