using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Pages.Cases;

/// <summary>One case: timeline, options used, actors, outcome, the para-30 factors with their evidence, and its sources; 404 when not the viewer's to see.</summary>
public sealed class DetailModel(VigilDb db, CountryCatalog countries) : VigilPageModel
{
    public PreventionCase Case { get; private set; } = null!;

    public string CountryName => countries.Find(Case.CountryIso3)?.Name.Current ?? Case.CountryIso3;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.LoadCaseAsync(id, Viewer, cancellationToken) is not { } found)
        {
            return NotFoundPage();
        }
        Case = found;
        return Page();
    }
}
