using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>Two assessments side by side, always older → newer: how the profile moved and which judgements changed.</summary>
public sealed class CompareModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries) : VigilPageModel
{
    public RiskAssessment From { get; private set; } = null!;

    public RiskAssessment To { get; private set; } = null!;

    public FrameworkDefinition Framework { get; private set; } = null!;

    public AssessmentComparison Comparison { get; private set; } = null!;

    public Country? Country { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid otherId, CancellationToken cancellationToken)
    {
        var a = await db.LoadAssessmentAsync(id, Viewer, cancellationToken);
        var b = await db.LoadAssessmentAsync(otherId, Viewer, cancellationToken);
        if (a is null || b is null)
        {
            return NotFoundPage();
        }
        // Same order rule as the API: older "as of" (then lower version) first.
        (From, To) = (a.AsOf, a.VersionNumber).CompareTo((b.AsOf, b.VersionNumber)) <= 0 ? (a, b) : (b, a);
        var fromFramework = await frameworks.ForAsync(From, cancellationToken);
        Framework = await frameworks.ForAsync(To, cancellationToken);
        Comparison = AssessmentComparison.Compare(From, fromFramework, To, Framework);
        Country = countries.Find(To.CountryIso3);
        return Page();
    }

    public string FactorTitle(string factorId) => Framework.RiskFactors.FirstOrDefault(f => f.Id == factorId)?.Title.Current ?? factorId;

    /// <summary>Colour of an indicator change: worse is red, better green, the rest neutral.</summary>
    public static string DirectionClass(string direction) => direction switch
    {
        "worse" => "move-up",
        "better" => "move-down",
        _ => "move-flat",
    };
}
