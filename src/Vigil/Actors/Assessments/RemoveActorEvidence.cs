namespace Vigil.Actors.Assessments;

/// <summary>Removes one evidence item from a draft.</summary>
public sealed class RemoveActorEvidence(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid AssessmentId, Guid EvidenceId, string Actor);

    public Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.EditAsync(request.AssessmentId, (assessment, _) =>
        {
            assessment.RemoveEvidence(request.EvidenceId, drafts.Who(request.Actor), drafts.Now());
            return Task.CompletedTask;
        }, cancellationToken);
}
