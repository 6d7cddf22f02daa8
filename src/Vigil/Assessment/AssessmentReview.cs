using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>The review workflow: draft → in review → approved, by a second person.</summary>
public sealed class AssessmentReview(VigilDb db, TimeProvider time)
{
    public Task<RiskAssessment?> SubmitAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, (a, now) => a.Submit(actor, now), cancellationToken);

    public Task<RiskAssessment?> ReturnAsync(Guid id, string actor, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, (a, now) => a.ReturnToDraft(actor, reason, now), cancellationToken);

    public Task<RiskAssessment?> ApproveAsync(Guid id, string approver, CancellationToken cancellationToken) =>
        ChangeAsync(id, (a, now) => a.Approve(approver, now), cancellationToken);

    private async Task<RiskAssessment?> ChangeAsync(Guid id, Action<RiskAssessment, DateTime> change, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        change(assessment, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
