using Microsoft.AspNetCore.Mvc;
using Vigil.Actors.Assessments;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.App.Pages.Actors;

/// <summary>One actor assessment: the standard required, its findings with the standard each meets, evidence, persons, history; review and naming.</summary>
public sealed class AssessmentModel(VigilDb db, ActorAssessmentReader reader, ActorAssessmentDrafts drafts, ActorAssessmentReview review, NameActor name)
    : ActorAssessmentPageModel(db, reader, drafts)
{
    public async Task<IActionResult> OnGetAsync(Guid actorId, Guid assessmentId, CancellationToken cancellationToken) =>
        await LoadAsync(actorId, assessmentId, cancellationToken) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostSubmitAsync(Guid actorId, Guid assessmentId, CancellationToken cancellationToken) =>
        ActAsync(actorId, assessmentId, async () => await review.SubmitAsync(assessmentId, Actor, cancellationToken) is not null, ActorAssessmentText.Submitted, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid actorId, Guid assessmentId, string? reason, CancellationToken cancellationToken) =>
        ActAsync(actorId, assessmentId, async () => await review.ReturnAsync(assessmentId, Actor, reason, cancellationToken) is not null, ActorAssessmentText.Returned, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid actorId, Guid assessmentId, CancellationToken cancellationToken) =>
        ActAsync(actorId, assessmentId, async () => await review.ApproveAsync(assessmentId, Actor, cancellationToken) is not null, ActorAssessmentText.Approved, cancellationToken);

    public Task<IActionResult> OnPostNameAsync(Guid actorId, Guid assessmentId, List<Guid>? evidenceIds, string? reason, CancellationToken cancellationToken) =>
        ActAsync(actorId, assessmentId, async () => await name.RunAsync(new(actorId, assessmentId, evidenceIds ?? [], reason, Actor), cancellationToken) is not null,
            ActorAssessmentText.NamedNotice, cancellationToken);

    /// <summary>Whether the naming form shows: an approved assessment meeting the standard, not yet named, to a reviewer who did not edit it.</summary>
    public bool CanName => CanReview && Naming is null && Assessment.MeetsStandard(Required) && !Assessment.HasEdited(Actor);

    private async Task<IActionResult> ActAsync(Guid actorId, Guid assessmentId, Func<Task<bool>> action, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actorId, assessmentId, cancellationToken))
        {
            return NotFoundPage();
        }
        try
        {
            if (!await action())
            {
                return NotFoundPage();
            }
            Notice = notice;
            return Redirect($"/actors/{actorId}/assessments/{assessmentId}");
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return await LoadAsync(actorId, assessmentId, cancellationToken) ? Page() : NotFoundPage();
        }
    }

    public static string Status(IndicatorStatus status) => Display.Indicator(status);

    public static string HistoryAction(string action) => EnumText.TryOf(ActorAssessmentText.ResourceManager, "History", action) ?? Display.HistoryAction(action);

    /// <summary>
    /// A before or after value of the history, stored in English as <see cref="ActorAssessment"/> writes it, in the page's
    /// language: a finding with its standard in brackets, the standard of a naming, the date a version was created as of.
    /// </summary>
    public static string HistoryValue(string action, string? value)
    {
        if (value is null || action is "individual added" or "individual removed")
        {
            return "";
        }
        if (action == "named")
        {
            return EnumText.Of(EvidentiaryStandards.Parse(value, "standard"));
        }
        if (action == "created" && value.StartsWith("as of ", StringComparison.Ordinal))
        {
            return Localized.Format(ActorAssessmentText.HistoryCreatedAsOf, value["as of ".Length..]);
        }
        var open = value.LastIndexOf(" (", StringComparison.Ordinal);
        if (action == "judged" && open > 0 && value.EndsWith(')'))
        {
            var standard = EvidentiaryStandards.Parse(value[(open + 2)..^1], "standard");
            return $"{Display.HistoryValue(action, value[..open])} ({EnumText.Of(standard)})";
        }
        return Display.HistoryValue(action, value);
    }
}
