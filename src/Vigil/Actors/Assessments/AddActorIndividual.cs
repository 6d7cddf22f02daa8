using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>Names a person of the actor (a commander) in a draft: Confidential, so only roles that may see Confidential fields may add one.</summary>
public sealed class AddActorIndividual(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid AssessmentId, string Name, string? Role, string? Notes, string Actor);

    public Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId, (v, o) => v.CanEdit(o) && v.CanSeeConfidentialFields(o), (assessment, _) =>
        {
            assessment.AddIndividual(new ActorIndividual(request.Name, request.Role, request.Notes), drafts.Who(request.Actor), drafts.Now());
            return Task.CompletedTask;
        }, cancellationToken);
}
