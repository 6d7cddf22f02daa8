using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Pages.Cases;

/// <summary>The case library: every case the viewer may see, searched in English or Chinese (<see cref="CaseSearch"/>).</summary>
public sealed class IndexModel(VigilDb db, CountryCatalog countries) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PreventionCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await db.SearchCasesAsync(Viewer, Q, null, cancellationToken);

    public string CountryName(string iso3) => countries.Find(iso3)?.Name.Current ?? iso3;
}
