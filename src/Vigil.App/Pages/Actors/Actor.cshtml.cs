using Microsoft.AspNetCore.Mvc;
using Vigil.Actors;
using Vigil.App.Pages.Shared;
using Vigil.Situations;
using ActorKind = Vigil.Actors.ActorKind;

namespace Vigil.App.Pages.Actors;

/// <summary>
/// One actor: counts and a monthly chart per source, the latest events, areas, counterparts, merges and affiliations, and the
/// place where its assessments appear. Analysts of the owning organisation set the kind, undo a merge, record affiliations.
/// </summary>
public sealed class ActorModel(ActorQueries queries, SetActorKind setKind, UnmergeActor unmerge, AffiliateActors affiliate, Vigil.Storage.VigilDb db) : VigilPageModel
{
    /// <summary>Whether the actor is named (para 18) by the viewer's organisation's standard, and its assessments the viewer may see.</summary>
    public Vigil.Actors.Assessments.ActorNamingStatus Naming { get; private set; } = null!;

    public IReadOnlyList<Vigil.Actors.Assessments.ActorAssessmentSummary> Assessments { get; private set; } = [];

    public ActorDetails Details { get; private set; } = null!;
    public IReadOnlyList<ActorRow> Neighbours { get; private set; } = [];
    public bool CanEdit => EditableSituations.CanWork(Viewer) && Viewer.CanEdit(Details.Actor.OrganizationId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostKindAsync(Guid id, string? kind, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await setKind.RunAsync(new(id, KebabCase.Required<ActorKind>(kind, "kind")), cancellationToken) is not null,
            ActorsText.KindSaved, cancellationToken);

    public async Task<IActionResult> OnPostUnmergeAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await unmerge.RunAsync(new(id), cancellationToken) is not { } parts)
            {
                return NotFoundPage();
            }
            Notice = ActorsText.Unmerged;
            return parts.Count > 0 ? RedirectToPage("Actor", new { id = parts[0].Id }) : RedirectToPage("Index");
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();
        }
    }

    public Task<IActionResult> OnPostAffiliateAsync(Guid id, Guid relatedActorId, string? kind, string? from, string? to, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await affiliate.RunAsync(new(id, relatedActorId, KebabCase.Required<AffiliationKind>(kind, "kind"),
            Api.SituationRequests.OptionalDate(from, "from"), Api.SituationRequests.OptionalDate(to, "to")), cancellationToken) is not null,
            ActorsText.AffiliationSaved, cancellationToken);

    public Task<IActionResult> OnPostRemoveAffiliationAsync(Guid id, Guid affiliationId, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => affiliate.RemoveAsync(id, affiliationId, cancellationToken), ActorsText.AffiliationRemoved, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<bool>> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            if (!await change())
            {
                return NotFoundPage();
            }
            Notice = notice;
            return RedirectToPage("Actor", new { id });
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.DetailsAsync(Viewer, id, cancellationToken) is not { } details)
        {
            return false;
        }
        Details = details;
        Naming = await Vigil.Actors.Assessments.ActorAssessmentQueries.NamingOfActorAsync(db, id, Viewer, cancellationToken);
        Assessments = await Vigil.Actors.Assessments.ActorAssessmentQueries.ActorAssessmentsOfAsync(db, id, Viewer, cancellationToken);
        if (CanEdit && details.Actor.CountryIso3.Length > 0)
        {
            Neighbours = (await queries.ListAsync(Viewer, new ActorQuery(details.Actor.CountryIso3), cancellationToken))
                .Where(r => r.Actor.Id != id).ToList();
        }
        return true;
    }
}
