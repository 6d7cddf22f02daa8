namespace Vigil.Assessment;

/// <summary>Records the judgement of one indicator of a draft (the API, and the editor's autosave of one row).</summary>
public sealed class JudgeIndicator(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string IndicatorId, JudgementRequest Judgement, string Actor);

    /// <summary>The judged draft, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            (assessment, framework) => request.Judgement.ApplyTo(assessment, framework, request.IndicatorId, drafts.Who(request.Actor), drafts.Now()),
            cancellationToken);
}
