using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>One field report as the viewer may see it: the place coarsened unless they may see it exactly, photos without metadata, and who reported only for named roles of its organisation.</summary>
public sealed class ReportModel(FieldReportQueries queries, CountryCatalog countries) : VigilPageModel
{
    public FieldReportView Report { get; private set; } = null!;

    public string CountryName => countries.Find(Report.CountryIso3)?.Name.Current ?? Report.CountryIso3;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.DetailsAsync(id, Viewer, cancellationToken) is not { } report)
        {
            return NotFoundPage();
        }
        Report = report;
        return Page();
    }

    public string Precision => Report.Location.Precision switch
    {
        ShownLocation.Exact => ReportsText.PrecisionExact,
        ShownLocation.Grid => Localized.Format(ReportsText.PrecisionGrid, Report.Location.GridKm ?? 0),
        ShownLocation.Admin2Only => ReportsText.PrecisionAdmin2,
        _ => ReportsText.PrecisionNone,
    };
}
