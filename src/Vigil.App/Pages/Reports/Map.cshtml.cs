using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Events;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The map of the field reports the viewer may see, filtered like GET /api/v1/reports, each placed where this viewer may see
/// it (the API's coarsening), with the same reports listed under it as the accessible alternative.
/// </summary>
public sealed class MapModel(FieldReportQueries queries, CountryCatalog countries) : VigilPageModel
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

    public IReadOnlyList<FieldReportView> Reports { get; private set; } = [];

    public ReportMap? Map { get; private set; }

    public bool MapDataMissing { get; private set; }

    /// <summary>The admin-1 names of the reports listed, for the filter's suggestions.</summary>
    public IReadOnlyList<string> Admin1Names { get; private set; } = [];

    public string CountryName(string iso3) => countries.Find(iso3)?.Name.Current ?? iso3;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        FieldReportFilter filter;
        try
        {
            filter = FieldReportFilter.Parse(Country, Status, From, To, Network, Admin1, FieldReportQueries.MaxLimit);
            if (filter.CountryIso3 is { } iso3 && countries.Find(iso3) is null)
            {
                throw new DomainRuleException("country", $"country: '{iso3}' is not an ISO 3166 alpha-3 code.");
            }
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            return;
        }
        Reports = await queries.ListAsync(Viewer, filter, cancellationToken);
        Admin1Names = [.. Reports.Select(r => r.Location.Admin1).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)];
        var features = EventMap.Load();
        MapDataMissing = features is null;
        var framed = filter.CountryIso3 is { } country ? [country.ToUpperInvariant()] : Reports.Select(r => r.CountryIso3).Distinct().ToList();
        Map = ReportMap.Build(features, [.. framed.Select(countries.Find).OfType<Country>()], Reports);
    }

    /// <summary>The place as this viewer may see it: names, and the shown point with how precise it is.</summary>
    public static string Coordinates(ShownLocation location) =>
        location.Latitude is { } lat && location.Longitude is { } lon
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:0.####}, {lon:0.####}")
            : "";

    public static string StatusClass(ReportStatus status) => "status-" + SubmissionFields.KebabOf(status.ToString());
}
