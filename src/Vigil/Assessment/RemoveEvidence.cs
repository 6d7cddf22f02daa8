namespace Vigil.Assessment;

/// <summary>Removes one evidence item from a draft.</summary>
public sealed class RemoveEvidence(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, Guid EvidenceId, string Actor);

    /// <summary>The draft without the item, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId, a => a.RemoveEvidence(request.EvidenceId, drafts.Who(request.Actor), drafts.Now()), cancellationToken);
}
