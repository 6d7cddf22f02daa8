namespace Vigil.Actors.Assessments;

/// <summary>Records the finding on one indicator of a perpetrator factor, or on the factor as a whole, of a draft.</summary>
public sealed class JudgeActorTarget(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid AssessmentId, string Target, bool IsFactor, ActorJudgementRequest Judgement, string Actor);

    /// <summary>The judged draft, or null when the viewer cannot see it.</summary>
    public Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken) =>
        drafts.EditAsync(request.AssessmentId, async (assessment, framework) =>
        {
            ActorAssessment.CheckTarget(framework, request.Target, request.IsFactor);
            var judgement = request.Judgement;
            var evidence = judgement.Evidence is null ? null : await drafts.ToEvidenceAsync(request.Target, judgement.Evidence, cancellationToken);
            assessment.Judge(framework, request.Target, request.IsFactor, judgement.Status, judgement.Severity, judgement.Trend, judgement.Confidence,
                judgement.Notes, judgement.Standard, evidence, drafts.Who(request.Actor), drafts.Now());
        }, cancellationToken);
}
