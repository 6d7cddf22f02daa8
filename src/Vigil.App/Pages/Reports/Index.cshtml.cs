using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>The field reports the viewer may see, newest first, filtered by country, admin-1, status, dates and network; places coarsened as the owner's policy says.</summary>
public sealed class IndexModel(FieldReportQueries queries, CountryCatalog countries) : ReportFilterPageModel(countries)
{
    public IReadOnlyList<FieldReportView> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadFilter(500) is { } filter)
        {
            Reports = await queries.ListAsync(Viewer, filter, cancellationToken);
            NameAdmin1s(Reports);
        }
    }

    public static string Excerpt(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
