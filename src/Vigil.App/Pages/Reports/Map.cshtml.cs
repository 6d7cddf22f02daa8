using Vigil.App.Pages.Events;
using Vigil.Countries;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The map of the field reports the viewer may see, filtered like GET /api/v1/reports, each placed where this viewer may see
/// it (the API's coarsening) or, with no point, at its district's place from event data, with the same reports listed under it
/// as the accessible alternative.
/// </summary>
public sealed class MapModel(FieldReportQueries queries, DistrictPlaces districtPlaces, CountryCatalog countries) : ReportFilterPageModel(countries)
{
    public IReadOnlyList<FieldReportView> Reports { get; private set; } = [];

    public ReportMap? Map { get; private set; }

    public bool MapDataMissing { get; private set; }

    /// <summary>The district places (from event data) of the reports without a point the viewer may see, by report id.</summary>
    public IReadOnlyDictionary<Guid, DistrictPlace> Districts { get; private set; } = new Dictionary<Guid, DistrictPlace>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadFilter(FieldReportQueries.MaxLimit) is not { } filter)
        {
            return;
        }
        Reports = await queries.ListAsync(Viewer, filter, cancellationToken);
        NameAdmin1s(Reports);
        var features = EventMap.Load();
        MapDataMissing = features is null;
        var framed = filter.CountryIso3 is { } country ? [country.ToUpperInvariant()] : Reports.Select(r => r.CountryIso3).Distinct().ToList();
        // Reports with no point the viewer may see are drawn at their district's place from event data (one query for all).
        var unplaced = Reports.Where(r => r.Location.Latitude is null || r.Location.Longitude is null).ToList();
        var places = await districtPlaces.FindAsync([.. unplaced.Select(r => (r.CountryIso3, r.Location.Admin1, r.Location.Admin2))], cancellationToken);
        Districts = unplaced.Zip(places).Where(p => p.Second is not null).ToDictionary(p => p.First.Id, p => p.Second!);
        Map = ReportMap.Build(features, [.. framed.Select(Countries.Find).OfType<Country>()], Reports, Districts);
    }

    /// <summary>The shown point (never finer than the viewer may see: it is <see cref="ShownLocation"/>'s).</summary>
    public static string Coordinates(ShownLocation location) =>
        location.Latitude is { } lat && location.Longitude is { } lon
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:0.####}, {lon:0.####}")
            : "";

    public static string StatusClass(ReportStatus status) => "status-" + SubmissionFields.KebabOf(status.ToString());
}
