using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages;

/// <summary>The country list: assessed countries first with their latest level, then the rest.</summary>
public sealed class IndexModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries) : VigilPageModel
{
    public sealed record Row(Country Country, RiskAssessment? Latest, RiskProfile? Profile);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Row> Assessed { get; private set; } = [];

    public IReadOnlyList<Row> NotAssessed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await db.LatestPerCountryAsync(Viewer, cancellationToken);
        var rows = new List<Row>();
        foreach (var country in CountrySearch.Filter(countries.All, Query))
        {
            if (latest.TryGetValue(country.Iso3, out var assessment))
            {
                rows.Add(new Row(country, assessment, ProfileCalculator.Calculate(await frameworks.ForAsync(assessment, cancellationToken), assessment)));
            }
            else
            {
                rows.Add(new Row(country, null, null));
            }
        }
        var searching = !string.IsNullOrWhiteSpace(Query);
        // Without a search, the assessed countries are ordered by risk so the worst come first.
        Assessed = rows.Where(r => r.Latest is not null)
            .OrderByDescending(r => searching ? 0 : r.Profile!.Overall.Score ?? -1)
            .ToList();
        NotAssessed = rows.Where(r => r.Latest is null).ToList();
    }
}
