namespace Vigil.Assessment;

/// <summary>Starts the next version of an approved assessment as a draft copy.</summary>
public sealed class StartNextVersion(EditableAssessments drafts)
{
    /// <summary>A null <paramref name="AsOf"/> dates the new version today.</summary>
    public sealed record Request(Guid AssessmentId, string Author, DateOnly? AsOf);

    /// <summary>The new draft, or null when the viewer cannot see the assessment.</summary>
    public async Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var assessment = await drafts.LoadAsync(request.AssessmentId, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var now = drafts.Now();
        var next = assessment.StartNextVersion(drafts.Who(request.Author), request.AsOf ?? DateOnly.FromDateTime(now), now);
        await drafts.AddAsync(next, cancellationToken);
        return next;
    }
}
