using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>The field reports the viewer may see, newest first, filtered by country, status, dates and network; places coarsened as the owner's policy says.</summary>
public sealed class IndexModel(FieldReportQueries queries, CountryCatalog countries) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Network { get; set; }

    public IReadOnlyList<FieldReportView> Reports { get; private set; } = [];

    public string CountryName(string iso3) => countries.Find(iso3)?.Name.Current ?? iso3;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var filter = FieldReportFilter.Parse(Country, Status, From, To, Network, admin1: null);
            Reports = await queries.ListAsync(Viewer, filter, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
        }
    }

    public static string Excerpt(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
