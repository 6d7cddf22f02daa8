using Vigil.App.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Pages.Forecasts;

/// <summary>
/// One country: its latest forecast and explanation mapped to risk factors, its risk over past
/// runs, and the latest Framework assessment beside it, flagged when the two disagree.
/// </summary>
public sealed class CountryModel(VigilDb db, CountryCatalog countries, FrameworkCatalog frameworks) : VigilPageModel
{
    public Country Country { get; private set; } = null!;

    public ForecastRun LatestRun { get; private set; } = null!;

    public ForecastEntry Latest { get; private set; } = null!;

    public IReadOnlyList<(ForecastRun Run, ForecastEntry Entry)> History { get; private set; } = [];

    public RiskAssessment? Assessment { get; private set; }

    public RiskProfile? Profile { get; private set; }

    public DisagreementKind Disagreement { get; private set; }

    /// <summary>The country's alerts raised by changes in the forecast watchlist and not closed.</summary>
    public int OpenWatchlistAlerts { get; private set; }

    /// <summary>The Framework's risk factors (RF1–RF14) with the forecast's explanation through each.</summary>
    public IReadOnlyList<(RiskFactorDefinition? Definition, RiskFactorEffect Effect)> Factors { get; private set; } = [];

    /// <summary>Largest absolute factor effect, the scale of the bars.</summary>
    public double MaxFactorEffect { get; private set; }

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        var country = countries.Find(iso3);
        History = country is null ? [] : await db.CountryHistoryAsync(country.Iso3, Viewer, cancellationToken);
        if (country is null || History.Count == 0)
        {
            return NotFoundPage();
        }
        Country = country;
        (LatestRun, Latest) = History[^1];
        var framework = await frameworks.LatestAsync(cancellationToken);
        var definitions = framework?.RiskFactors.ToDictionary(f => f.Id) ?? [];
        Factors = [.. Latest.RiskFactorEffects(framework?.RiskFactors.Select(f => f.Id) ?? [])
            .Select(e => (definitions.GetValueOrDefault(e.Factor), e))];
        MaxFactorEffect = Factors.Select(f => Math.Abs(f.Effect.Contribution)).DefaultIfEmpty(0).Max();
        Assessment = (await db.AssessmentsOfCountryAsync(country.Iso3, Viewer, cancellationToken)).FirstOrDefault();
        if (Assessment is not null)
        {
            Profile = ProfileCalculator.Calculate(await frameworks.ForAsync(Assessment, cancellationToken), Assessment);
            Disagreement = ForecastDisagreement.Check(Latest.Rank, Profile.Overall.Level);
        }
        OpenWatchlistAlerts = (await db.CountsOfCountryAsync(country.Iso3, WatchlistChange.Origin, cancellationToken)).Open;
        return Page();
    }
}
