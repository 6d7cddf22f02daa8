namespace Vigil.Assessment;

/// <summary>Adds one evidence item to an indicator or a resilience dimension of a draft.</summary>
public sealed class AddEvidence(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string Target, EvidenceRequest Evidence, string Actor);

    /// <summary>The draft with the new item, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId, (assessment, framework) =>
        {
            var target = request.Target;
            if (framework.FindIndicator(target) is null && ResilienceDimensions.Find(target) is null)
            {
                throw new DomainRuleException("target", new LocalizedText($"'{target}' is neither an indicator of this assessment's framework nor a resilience dimension.", $"“{target}”既不是本评估框架中的指标，也不是韧性维度。"));
            }
            assessment.AddEvidence(target, request.Evidence.ToItem(target), drafts.Who(request.Actor), drafts.Now());
        }, cancellationToken);
}
