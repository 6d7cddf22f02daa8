using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// Moving a draft to its organisation's newer framework version: what would change (GET), then what was carried and what to
/// review (the answer to the POST; the history keeps it too).
/// </summary>
public sealed class MoveFrameworkModel(VigilDb db, FrameworkCatalog frameworks, MoveToFrameworkVersion move) : VigilPageModel
{
    public RiskAssessment Assessment { get; private set; } = null!;

    public FrameworkDefinition Current { get; private set; } = null!;

    public FrameworkDefinition Target { get; private set; } = null!;

    public bool Newer { get; private set; }

    public FrameworkChanges? Changes { get; private set; }

    public FrameworkMove? Moved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostAsync(Guid id, string? version, CancellationToken cancellationToken)
    {
        try
        {
            Moved = await move.RunAsync(new MoveToFrameworkVersion.Request(id, version, Actor), cancellationToken);
            if (Moved is null)
            {
                return NotFoundPage();
            }
            db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();
        }
        catch (DomainRuleException rule)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFoundPage();
            }
            ShowRuleBroken(rule);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(id, Viewer, cancellationToken) is not { } assessment)
        {
            return false;
        }
        Assessment = assessment;
        Current = await frameworks.ForAsync(assessment, cancellationToken);
        Target = await frameworks.DefaultForAsync(assessment.OrganizationId, cancellationToken);
        Newer = await frameworks.IsNewerAsync(Target, Current, cancellationToken);
        Changes = Newer ? FrameworkChanges.Between(Current, Target) : null;
        return true;
    }
}
