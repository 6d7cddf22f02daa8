namespace Vigil.Actors.Assessments;

/// <summary>Adds one evidence item to an indicator or factor of a draft.</summary>
public sealed class AddActorEvidence(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid AssessmentId, string Target, ActorEvidenceRequest Evidence, string Actor);

    public Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.EditAsync(request.AssessmentId, async (assessment, framework) =>
        {
            // An evidence target is an indicator or a factor of the perpetrator factors (factor ids start with RF).
            var isFactor = request.Target.StartsWith("RF", StringComparison.OrdinalIgnoreCase);
            ActorAssessment.CheckTarget(framework, request.Target, isFactor);
            var items = await drafts.ToEvidenceAsync(request.Target, [request.Evidence], cancellationToken);
            assessment.AddEvidence(items[0], drafts.Who(request.Actor), drafts.Now());
        }, cancellationToken);
}
