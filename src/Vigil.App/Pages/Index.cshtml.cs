using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Pages;

/// <summary>
/// The country list: assessed countries first with their latest level and the latest forecast's rank
/// (flagged where the two disagree), then the rest.
/// </summary>
public sealed class IndexModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries) : VigilPageModel
{
    public sealed record Row(Country Country, RiskAssessment? Latest, RiskProfile? Profile, ForecastEntry? Forecast = null)
    {
        /// <summary>Whether the latest forecast and the latest assessment point in opposite directions.</summary>
        public DisagreementKind Disagreement => Forecast is null || Profile is null
            ? DisagreementKind.None
            : ForecastDisagreement.Check(Forecast.Rank, Profile.Overall.Level);
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Row> Assessed { get; private set; } = [];

    public IReadOnlyList<Row> NotAssessed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await db.LatestPerCountryAsync(Viewer, cancellationToken);
        var run = latest.Count == 0 ? null : await db.LatestRunAsync(Viewer, cancellationToken);
        var forecasts = run?.Entries.Where(e => e.Iso3 is not null).ToDictionary(e => e.Iso3!) ?? [];
        var rows = new List<Row>();
        foreach (var country in countries.Search(Query))
        {
            if (latest.TryGetValue(country.Iso3, out var assessment))
            {
                rows.Add(new Row(country, assessment, ProfileCalculator.Calculate(await frameworks.ForAsync(assessment, cancellationToken), assessment),
                    forecasts.GetValueOrDefault(country.Iso3)));
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
