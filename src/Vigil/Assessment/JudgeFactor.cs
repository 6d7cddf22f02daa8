namespace Vigil.Assessment;

/// <summary>
/// Records the judgement of a risk factor as a whole (the API, and the editor's "judge this factor as a whole" block), for factors
/// whose indicator list is incomplete or empty.
/// </summary>
public sealed class JudgeFactor(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string RiskFactorId, JudgementRequest Judgement, string Actor);

    /// <summary>The judged draft, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            (assessment, framework) => request.Judgement.ApplyToFactor(assessment, framework, request.RiskFactorId, drafts.Who(request.Actor), drafts.Now()),
            cancellationToken);
}
