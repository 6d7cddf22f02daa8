using Microsoft.AspNetCore.Mvc;
using Vigil.Actors.Assessments;
using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Actors;

/// <summary>An actor's assessments the viewer may see, and the form that starts one.</summary>
public sealed class AssessmentsModel(VigilDb db, CreateActorAssessment create, TimeProvider time) : VigilPageModel
{
    public Guid ActorId { get; private set; }
    public IReadOnlyList<ActorAssessmentSummary> Rows { get; private set; } = [];
    public EvidentiaryStandard Required { get; private set; }
    public ActorNamingStatus NamingStatus { get; private set; } = null!;
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    public bool CanStart => Roles.CanEdit(Viewer.Role);

    public async Task<IActionResult> OnGetAsync(Guid actorId, CancellationToken cancellationToken) =>
        await LoadAsync(actorId, cancellationToken) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostStartAsync(Guid actorId, string? title, string? asOf, Classification classification, CancellationToken cancellationToken)
    {
        try
        {
            var assessment = await create.RunAsync(new(actorId, title ?? "", AssessmentRequests.ParseDate(asOf, "asOf"), Actor, classification), cancellationToken);
            return assessment is null ? NotFoundPage() : Redirect($"/actors/{actorId}/assessments/{assessment.Id}/edit");
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return await LoadAsync(actorId, cancellationToken) ? Page() : NotFoundPage();
        }
    }

    /// <summary>False (404) when the actor is not in a register the viewer may read.</summary>
    private async Task<bool> LoadAsync(Guid actorId, CancellationToken cancellationToken)
    {
        if (!await db.ActorVisibleAsync(actorId, Viewer, cancellationToken))
        {
            return false;
        }
        ActorId = actorId;
        Rows = await db.ActorAssessmentsOfAsync(actorId, Viewer, cancellationToken);
        NamingStatus = await db.NamingOfActorAsync(actorId, Viewer, cancellationToken);
        Required = NamingStatus.Required;
        return true;
    }
}
