using System.Globalization;
using Vigil.App.Pages.Forecasts;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// The statistical forecast beside an assessment, read-only context: the latest forecast of its country the viewer may
/// see, explained through the assessment's risk factors, and whether it disagrees with the assessment's level.
/// Loaded once per request (the editor renders 14 sections from it).
/// </summary>
public sealed class AssessmentForecast
{
    /// <summary>Predictors named in a factor's line; the forecast page lists them all.</summary>
    public const int PredictorsShown = 3;

    private readonly Dictionary<string, RiskFactorEffect> _effects;

    private AssessmentForecast(LatestCountryForecast latest, IReadOnlyList<RiskFactorEffect> effects, DisagreementKind disagreement)
    {
        Latest = latest;
        _effects = effects.ToDictionary(e => e.Factor, StringComparer.Ordinal);
        Disagreement = disagreement;
        MaxEffect = effects.Select(e => Math.Abs(e.Contribution)).DefaultIfEmpty(0).Max();
    }

    public LatestCountryForecast Latest { get; }

    public ForecastRun Run => Latest.Run;

    public ForecastEntry Entry => Latest.Entry;

    public DisagreementKind Disagreement { get; }

    /// <summary>"(model ensemble, data year 2024, run 2026-11-20):" in the UI language.</summary>
    public string RunDescription => Localized.Format(ForecastsText.BesideRun, Run.Model, Run.DataYear,
        Display.Date(DateOnly.FromDateTime(Run.CreatedAt)));

    /// <summary>Largest absolute factor effect of this forecast, the scale of the bars (as on the forecast page).</summary>
    public double MaxEffect { get; }

    /// <summary>The forecast seen through one of the assessment's risk factors (null for an id the framework does not have).</summary>
    public RiskFactorEffect? Effect(string factorId) => _effects.GetValueOrDefault(factorId);

    /// <summary>Null when the viewer may see no forecast of the assessment's country.</summary>
    public static async Task<AssessmentForecast?> LoadAsync(VigilDb db, RiskAssessment assessment, FrameworkDefinition framework, RiskProfile profile,
        Viewer viewer, CancellationToken cancellationToken) =>
        await db.LatestOfCountryAsync(assessment.CountryIso3, viewer, cancellationToken) is { } latest
            ? new AssessmentForecast(latest, latest.Entry.RiskFactorEffects(framework.RiskFactors.Select(f => f.Id)),
                ForecastDisagreement.Check(latest.Entry.Rank, profile.Overall.Level))
            : null;
}
