namespace Vigil.Assessment;

/// <summary>Records the judgement of one indicator of a draft (the API, and the editor's autosave of one row).</summary>
public sealed class JudgeIndicator(EditableAssessments drafts, FrameworkCatalog frameworks)
{
    public sealed record Request(Guid AssessmentId, string IndicatorId, JudgementRequest Judgement, string Actor);

    /// <summary>The judged draft, or null when the viewer cannot see it.</summary>
    public async Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var assessment = await drafts.LoadAsync(request.AssessmentId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        request.Judgement.ApplyTo(assessment, framework, request.IndicatorId, drafts.Who(request.Actor), drafts.Now);
        await drafts.SaveAsync(cancellationToken);
        return assessment;
    }
}
