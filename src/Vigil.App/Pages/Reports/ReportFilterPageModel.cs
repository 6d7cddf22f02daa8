using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// A page of field reports filtered as GET /api/v1/reports is (country, admin-1, status, dates, network), with the filter form
/// of _ReportFilters: the list and the map.
/// </summary>
public abstract class ReportFilterPageModel(CountryCatalog countries) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Admin1 { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Network { get; set; }

    /// <summary>The admin-1 names of the reports shown, for the filter's suggestions.</summary>
    public IReadOnlyList<string> Admin1Names { get; protected set; } = [];

    protected CountryCatalog Countries => countries;

    public string CountryName(string iso3) => countries.Find(iso3)?.Name.Current ?? iso3;

    /// <summary>The filter from the query, or null with the broken rule shown (400) when a field is not understood.</summary>
    protected FieldReportFilter? ReadFilter(int limit)
    {
        try
        {
            var filter = FieldReportFilter.Parse(Country, Status, From, To, Network, Admin1, limit);
            return filter.CountryIso3 is { } iso3 && countries.Find(iso3) is null
                ? throw new DomainRuleException("country", $"country: '{iso3}' is not an ISO 3166 alpha-3 code.")
                : filter;
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return null;
        }
    }

    protected void NameAdmin1s(IEnumerable<FieldReportView> reports) =>
        Admin1Names = [.. reports.Select(r => r.Location.Admin1).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)];
}
