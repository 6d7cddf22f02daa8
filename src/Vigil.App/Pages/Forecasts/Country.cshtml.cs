using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.App.Hosting;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Pages.Forecasts;

/// <summary>One country: its latest forecast, the explanation mapped to risk factors, and its risk over past runs.</summary>
public sealed class CountryModel(VigilDb db, CountryCatalog countries) : PageModel
{
    public string Iso3 { get; private set; } = "";

    public Country? Country { get; private set; }

    public ForecastRun? LatestRun { get; private set; }

    public ForecastEntry? Latest { get; private set; }

    public IReadOnlyList<(ForecastRun Run, ForecastEntry Entry)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        Iso3 = iso3.ToUpperInvariant();
        Country = countries.Find(Iso3);
        History = await db.CountryHistoryAsync(Iso3, HttpContext.Viewer(), cancellationToken);
        if (History.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        (LatestRun, Latest) = History[^1];
        return Page();
    }
}
