using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>The review workflow: draft → in review → approved, by a second person.</summary>
public sealed class AssessmentReview(VigilDb db, TimeProvider time, CurrentActor current)
{
    public Task<RiskAssessment?> SubmitAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, o) => v.CanEdit(o), (a, now) => a.Submit(Who(actor), now), cancellationToken);

    public Task<RiskAssessment?> ReturnAsync(Guid id, string actor, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, o) => v.CanReview(o), (a, now) => a.ReturnToDraft(Who(actor), reason, now), cancellationToken);

    public Task<RiskAssessment?> ApproveAsync(Guid id, string approver, CancellationToken cancellationToken) =>
        ChangeAsync(id, (v, o) => v.CanReview(o), (a, now) => a.Approve(Who(approver), now), cancellationToken);

    private string Who(string actor) => current.Viewer.IsSystem ? actor : current.Viewer.Name;

    private async Task<RiskAssessment?> ChangeAsync(Guid id, Func<Viewer, Guid?, bool> allowed, Action<RiskAssessment, DateTime> change, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, current.Viewer, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        if (!allowed(current.Viewer, assessment.OrganizationId))
        {
            throw new AccessDeniedException("Your role in this organisation does not allow this step of the review.");
        }
        change(assessment, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
