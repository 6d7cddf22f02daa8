namespace Vigil.Assessment;

/// <summary>
/// Records the judgement of a risk factor as a whole (the API, and the editor's "judge this factor as a whole" block), for factors
/// whose indicator list is incomplete or empty.
/// </summary>
public sealed class JudgeFactor(EditableAssessments drafts)
{
    /// <summary><paramref name="IfMatch"/>: the version the writer read (an If-Match header); null writes whatever is stored (last write wins).</summary>
    public sealed record Request(Guid AssessmentId, string RiskFactorId, JudgementRequest Judgement, string Actor, string? IfMatch = null);

    /// <summary>The judged draft, or null when the viewer cannot see it; <see cref="StaleJudgementException"/> when <see cref="Request.IfMatch"/> is stale.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            (assessment, framework) =>
            {
                JudgementVersion.Check(assessment, request.RiskFactorId, assessment.FactorJudgementFor(request.RiskFactorId), false, request.IfMatch);
                request.Judgement.ApplyToFactor(assessment, framework, request.RiskFactorId, drafts.Who(request.Actor), drafts.Now());
            },
            cancellationToken);
}
