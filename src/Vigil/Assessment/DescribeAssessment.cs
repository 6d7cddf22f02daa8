namespace Vigil.Assessment;

/// <summary>Changes a draft's title, as-of date, areas and summary.</summary>
public sealed class DescribeAssessment(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string Title, DateOnly AsOf, string? Areas, string? Summary, string Actor);

    /// <summary>The described draft, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            a => a.Describe(request.Title, request.AsOf, request.Areas, request.Summary, drafts.Who(request.Actor), drafts.Now()), cancellationToken);
}
