namespace Vigil.Actors.Assessments;

/// <summary>The review workflow of an actor assessment: draft → in review → approved by a second person (or returned to draft).</summary>
public sealed class ActorAssessmentReview(ActorAssessmentDrafts drafts)
{
    public Task<ActorAssessment?> SubmitAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(id, (v, o) => v.CanEdit(o), Step(a => a.Submit(drafts.Who(actor), drafts.Now())), cancellationToken);

    public Task<ActorAssessment?> ReturnAsync(Guid id, string actor, string? reason, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(id, (v, o) => v.CanReview(o), Step(a => a.ReturnToDraft(drafts.Who(actor), reason, drafts.Now())), cancellationToken);

    public Task<ActorAssessment?> ApproveAsync(Guid id, string approver, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(id, (v, o) => v.CanReview(o), Step(a => a.Approve(drafts.Who(approver), drafts.Now())), cancellationToken);

    private static Func<ActorAssessment, Vigil.Assessment.FrameworkDefinition, Task> Step(Action<ActorAssessment> step) => (assessment, _) =>
    {
        step(assessment);
        return Task.CompletedTask;
    };
}
