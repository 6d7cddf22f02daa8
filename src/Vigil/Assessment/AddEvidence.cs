namespace Vigil.Assessment;

/// <summary>Adds one evidence item to an indicator or a resilience dimension of a draft.</summary>
public sealed class AddEvidence(EditableAssessments drafts, FrameworkCatalog frameworks)
{
    public sealed record Request(Guid AssessmentId, string Target, EvidenceRequest Evidence, string Actor);

    /// <summary>The draft with the new item, or null when the viewer cannot see it.</summary>
    public async Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var assessment = await drafts.LoadAsync(request.AssessmentId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var target = request.Target;
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        if (framework.FindIndicator(target) is null && ResilienceDimensions.Find(target) is null)
        {
            throw new DomainRuleException("target", new LocalizedText($"'{target}' is neither an indicator of this assessment's framework nor a resilience dimension.", $"“{target}”既不是本评估框架中的指标，也不是韧性维度。"));
        }
        assessment.AddEvidence(target, request.Evidence.ToItem(target), drafts.Who(request.Actor), drafts.Now);
        await drafts.SaveAsync(cancellationToken);
        return assessment;
    }
}
