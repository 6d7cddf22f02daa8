namespace Vigil.Assessment;

/// <summary>Rates one resilience dimension of a draft (0–3, or not rated) with notes.</summary>
public sealed class RateResilience(EditableAssessments drafts)
{
    public sealed record Request(Guid AssessmentId, string DimensionId, int? Rating, string? Notes, string Actor);

    /// <summary>The rated draft, or null when the viewer cannot see it.</summary>
    public Task<RiskAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(request.AssessmentId,
            a => a.RateResilience(request.DimensionId, request.Rating, request.Notes, drafts.Who(request.Actor), drafts.Now()), cancellationToken);
}
