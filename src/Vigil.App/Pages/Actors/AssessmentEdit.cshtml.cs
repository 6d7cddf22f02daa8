using Microsoft.AspNetCore.Mvc;
using Vigil.Actors.Assessments;
using Vigil.App.Api;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.App.Pages.Actors;

/// <summary>
/// The editor of an actor assessment's draft, without JavaScript: one form per finding (a perpetrator factor as a whole, or
/// one of its indicators), one to add evidence, one to add a person; each saves and comes back to the row.
/// </summary>
public sealed class AssessmentEditModel(VigilDb db, ActorAssessmentReader reader, ActorAssessmentDrafts drafts, JudgeActorTarget judge,
    AddActorEvidence addEvidence, RemoveActorEvidence removeEvidence, AddActorIndividual addIndividual)
    : ActorAssessmentPageModel(db, reader, drafts)
{
    public sealed record FindingInput(string Target, bool IsFactor, IndicatorStatus Status, int? Severity, Confidence? Confidence, string? Standard, string? Notes);

    public sealed record EvidenceInput(string Target, ActorEvidenceKind Kind, long? EventId, string? Title, string? Reference, string? Date, char Reliability, int Credibility);

    public async Task<IActionResult> OnGetAsync(Guid actorId, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actorId, assessmentId, cancellationToken))
        {
            return NotFoundPage();
        }
        return Assessment.Status == AssessmentStatus.Draft ? Page() : Redirect($"/actors/{actorId}/assessments/{assessmentId}");
    }

    public Task<IActionResult> OnPostJudgeAsync(Guid actorId, Guid assessmentId, FindingInput finding, CancellationToken cancellationToken) =>
        SaveAsync(actorId, assessmentId, "row-" + finding.Target, () => judge.RunAsync(new(assessmentId, finding.Target, finding.IsFactor,
            new ActorJudgementRequest(finding.Status, finding.Status == IndicatorStatus.Present ? finding.Severity : null, null, finding.Confidence, finding.Notes,
                EvidentiaryStandards.ParseOptional(finding.Standard, "standard"), null), Actor), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddEvidenceAsync(Guid actorId, Guid assessmentId, EvidenceInput evidence, CancellationToken cancellationToken) =>
        SaveAsync(actorId, assessmentId, "row-" + evidence.Target, () => addEvidence.RunAsync(new(assessmentId, evidence.Target,
            new ActorEvidenceRequest(evidence.Kind, evidence.EventId, evidence.Title, evidence.Reference,
                string.IsNullOrWhiteSpace(evidence.Date) ? null : AssessmentRequests.ParseDate(evidence.Date, "date"), evidence.Reliability, evidence.Credibility), Actor),
            cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveEvidenceAsync(Guid actorId, Guid assessmentId, Guid evidenceId, string? target, CancellationToken cancellationToken) =>
        SaveAsync(actorId, assessmentId, "row-" + target, () => removeEvidence.RunAsync(new(assessmentId, evidenceId, Actor), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddPersonAsync(Guid actorId, Guid assessmentId, string? name, string? role, string? notes, CancellationToken cancellationToken) =>
        SaveAsync(actorId, assessmentId, "persons", () => addIndividual.RunAsync(new(assessmentId, name ?? "", role, notes, Actor), cancellationToken), cancellationToken);

    /// <summary>Every target of the form's select: each perpetrator factor, then its indicators.</summary>
    public IEnumerable<(string Id, string Text)> Targets =>
        Factors.SelectMany(f => new[] { (f.Id, f.Title.Current) }.Concat(f.Indicators.Select(i => (i.Id, i.Text.Current))));

    private async Task<IActionResult> SaveAsync(Guid actorId, Guid assessmentId, string anchor, Func<Task<ActorAssessment?>> change, CancellationToken cancellationToken)
    {
        try
        {
            if (await change() is null)
            {
                return NotFoundPage();
            }
            Notice = ActorAssessmentText.Saved;
            return Redirect($"/actors/{actorId}/assessments/{assessmentId}/edit#{anchor}");
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return await LoadAsync(actorId, assessmentId, cancellationToken) ? Page() : NotFoundPage();
        }
    }
}
