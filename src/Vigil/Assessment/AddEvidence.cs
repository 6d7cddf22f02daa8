namespace Vigil.Assessment;

/// <summary>Adds one evidence item to an indicator, a risk factor judged as a whole or a resilience dimension of a draft.</summary>
public sealed class AddEvidence(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string Target, EvidenceRequest Evidence, string Actor);

    /// <summary>The draft with the new item, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId, (assessment, framework) =>
        {
            var target = request.Target;
            if (framework.FindIndicator(target) is null && ResilienceDimensions.Find(target) is null && framework.RiskFactors.All(f => f.Id != target))
            {
                throw new DomainRuleException("target", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotIndicatorOrDimension), target));
            }
            assessment.AddEvidence(target, request.Evidence.ToItem(target), drafts.Who(request.Actor), drafts.Now());
        }, cancellationToken);
}
