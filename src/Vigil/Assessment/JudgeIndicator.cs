namespace Vigil.Assessment;

/// <summary>Records the judgement of one indicator of a draft (the API, and the editor's autosave of one row).</summary>
public sealed class JudgeIndicator(EditableAssessments drafts)
{
    /// <summary><paramref name="IfMatch"/>: the version the writer read (an If-Match header); null writes whatever is stored (last write wins).</summary>
    public sealed record Request(Guid AssessmentId, string IndicatorId, JudgementRequest Judgement, string Actor, string? IfMatch = null);

    /// <summary>The judged draft, or null when the viewer cannot see it; <see cref="StaleJudgementException"/> when <see cref="Request.IfMatch"/> is stale.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            (assessment, framework) =>
            {
                if (framework.FindIndicator(request.IndicatorId) is { } definition)
                {
                    JudgementVersion.Check(assessment, request.IndicatorId, assessment.JudgementFor(request.IndicatorId), definition.Gender, request.IfMatch);
                }
                request.Judgement.ApplyTo(assessment, framework, request.IndicatorId, drafts.Who(request.Actor), drafts.Now());
            },
            cancellationToken);
}
