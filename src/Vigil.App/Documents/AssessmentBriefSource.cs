using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Documents;

/// <summary>
/// The brief of an assessment alone, until situations exist: its profile, the country's latest visible forecast and open
/// alerts as the warning picture, no status, actions or options, and so every risk factor present uncovered. A situation
/// brief maps onto the same <see cref="SituationBriefInput"/>.
/// </summary>
public static class AssessmentBriefSource
{
    /// <summary>The brief's input, or null when there is no such assessment or the viewer may not see it.</summary>
    public static async Task<SituationBriefInput?> LoadAsync(VigilDb db, FrameworkCatalog frameworks, Guid assessmentId, Viewer viewer,
        CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(assessmentId, viewer, cancellationToken) is not { } assessment)
        {
            return null;
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        var view = AssessmentView.From(assessment, framework);
        var forecast = await db.LatestOfCountryAsync(view.CountryIso3, viewer, cancellationToken);
        var alerts = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.CountryIso3 == view.CountryIso3 && a.Status != AlertStatus.Closed)
            .OrderByDescending(a => a.CreatedAt).Take(20).ToListAsync(cancellationToken);
        var country = CountryCatalog.Embedded.Find(view.CountryIso3)?.Name ?? new LocalizedText(view.CountryIso3, view.CountryIso3);
        return From(view, framework, country, forecast, alerts);
    }

    public static SituationBriefInput From(AssessmentView view, FrameworkDefinition framework, LocalizedText country, LatestCountryForecast? forecast,
        IReadOnlyList<Alert> alerts)
    {
        var factors = view.Profile.RiskFactors
            .Select(f => new SituationBriefInput.Factor(f.Id, framework.RiskFactors.First(x => x.Id == f.Id).Title, f.Score, f.Present))
            .ToList();
        var summary = new SituationBriefInput.AssessmentSummary(view.Title, view.AsOf, view.Status != AssessmentStatus.Approved,
            view.Profile.Overall.Level, view.Profile.Overall.Score, view.Profile.Coverage, view.Profile.Provisional, factors);
        var forecastSummary = ForecastOf(forecast);
        var signals = alerts
            .Select(a => new SituationBriefInput.Signal(a.FirstPeriod, "alert", string.IsNullOrEmpty(a.Admin1) ? null : a.Admin1, a.Title, a.Severity))
            .ToList();
        return new SituationBriefInput(
            view.Title, country, view.Areas, view.Classification, view.AsOf, view.IsExample, view.Summary,
            Status: null, Trend: null, Owner: view.Author, NextReview: null, WarningToActionDays: null,
            new SituationBriefInput.WarningPicture(summary, forecastSummary, signals),
            Actions: [],
            UncoveredFactors: [.. factors.Where(f => f.Present > 0)],
            ProposedOptions: []);
    }

    /// <summary>The country's place in its latest forecast run the viewer may see, as the brief states it.</summary>
    public static SituationBriefInput.ForecastSummary? ForecastOf(LatestCountryForecast? forecast) => forecast is null ? null
        : new SituationBriefInput.ForecastSummary(forecast.Entry.Rank, forecast.Ranked, forecast.Entry.Risk, forecast.Run.Model, forecast.Run.DataYear);
}
