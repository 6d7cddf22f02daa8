using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.App.Pages;

/// <summary>The Framework of Analysis as stored: factors, indicators and how far each list could be checked.</summary>
public sealed class FrameworkModel(FrameworkCatalog catalog, ChooseFrameworkVersion choose) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public FrameworkDefinition Framework { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Version, DateTime ImportedAt)> Versions { get; private set; } = [];

    public static readonly string[] CheckValues = ["verified", "partial", "recalled", "uncertain"];

    /// <summary>The version the viewer's organisation uses for new assessments (shown unless ?version= is given).</summary>
    public FrameworkDefinition Used { get; private set; } = null!;

    /// <summary>What changed from each version to the next, oldest first.</summary>
    public IReadOnlyList<FrameworkChanges> History { get; private set; } = [];

    public bool CanChoose => Roles.CanAdminister(Viewer.Role);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Used = await catalog.DefaultForAsync(Viewer.OrganizationId, cancellationToken);
        if ((Version is null ? Used : await catalog.GetAsync(FrameworkCatalog.DefaultFrameworkId, Version, cancellationToken)) is not { } framework)
        {
            return NotFoundPage();
        }
        Framework = framework;
        Versions = await catalog.ListAsync(cancellationToken);
        History = await catalog.HistoryAsync(FrameworkCatalog.DefaultFrameworkId, cancellationToken);
        return Page();
    }

    /// <summary>An admin chooses the version of their organisation's new assessments.</summary>
    public async Task<IActionResult> OnPostChooseAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            var chosen = await choose.RunAsync(new ChooseFrameworkVersion.Request(version), cancellationToken);
            Notice = Localized.Format(FrameworkText.Chosen, chosen.Version);
            return RedirectToPage();
        }
        catch (DomainRuleException rule)
        {
            Version = null;
            var page = await OnGetAsync(cancellationToken);
            ShowRuleBroken(rule);
            return page;
        }
    }
}
