using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;

namespace Vigil.App.Pages;

/// <summary>The Framework of Analysis as stored: factors, indicators and how far each list could be checked.</summary>
public sealed class FrameworkModel(FrameworkCatalog catalog) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    public FrameworkDefinition Framework { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Version, DateTime ImportedAt)> Versions { get; private set; } = [];

    public static readonly string[] CheckValues = ["verified", "partial", "recalled", "uncertain"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await catalog.GetAsync(FrameworkCatalog.DefaultFrameworkId, Version, cancellationToken) is not { } framework)
        {
            return NotFoundPage();
        }
        Framework = framework;
        Versions = await catalog.ListAsync(cancellationToken);
        return Page();
    }
}
