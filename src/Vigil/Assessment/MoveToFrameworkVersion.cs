namespace Vigil.Assessment;

/// <summary>Moves a draft to a newer framework version (by default its organisation's chosen one); see <see cref="RiskAssessment.MoveToFramework"/>.</summary>
public sealed class MoveToFrameworkVersion(EditableAssessments drafts, FrameworkCatalog frameworks)
{
    public sealed record Request(Guid AssessmentId, string? Version, string Actor);

    /// <summary>What the move did, or null when the viewer cannot see the assessment.</summary>
    public async Task<FrameworkMove?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (await drafts.LoadAsync(request.AssessmentId, cancellationToken) is not { } assessment)
        {
            return null;
        }
        var target = string.IsNullOrWhiteSpace(request.Version)
            ? await frameworks.DefaultForAsync(assessment.OrganizationId, cancellationToken)
            : await frameworks.GetAsync(assessment.FrameworkId, request.Version.Trim(), cancellationToken)
                ?? throw new DomainRuleException("version", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.FrameworkVersionUnknown), request.Version));
        var current = await frameworks.ForAsync(assessment, cancellationToken);
        if (assessment.Status == AssessmentStatus.Draft && !await frameworks.IsNewerAsync(target, current, cancellationToken))
        {
            throw new DomainRuleException("version", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.MoveOnlyNewer), target.Version, current.Version), conflict: true);
        }
        FrameworkMove? move = null;
        await drafts.ChangeAsync(request.AssessmentId, (a, from) => move = a.MoveToFramework(from, target, drafts.Who(request.Actor), drafts.Now()), cancellationToken);
        return move;
    }
}
