using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// What the assessment view and the editor both show: one assessment the viewer may see, its framework version, profile and
/// country, and the statistical forecast of that country beside it.
/// </summary>
public abstract class AssessmentPageModel : VigilPageModel
{
    public RiskAssessment Assessment { get; private set; } = null!;

    public FrameworkDefinition Framework { get; private set; } = null!;

    public RiskProfile Profile { get; private set; } = null!;

    public Country? Country { get; private set; }

    /// <summary>The latest forecast of the country the viewer may see (null: none); read-only context, never part of the scores.</summary>
    public AssessmentForecast? Forecast { get; private set; }

    /// <summary>False when there is no such assessment or the viewer may not see it.</summary>
    protected async Task<bool> LoadAssessmentAsync(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, Guid id,
        CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(id, Viewer, cancellationToken) is not { } assessment)
        {
            return false;
        }
        Assessment = assessment;
        Framework = await frameworks.ForAsync(assessment, cancellationToken);
        Profile = ProfileCalculator.Calculate(Framework, assessment);
        Country = countries.Find(assessment.CountryIso3);
        Forecast = await AssessmentForecast.LoadAsync(db, assessment, Framework, Profile, Viewer, cancellationToken);
        return true;
    }
}
