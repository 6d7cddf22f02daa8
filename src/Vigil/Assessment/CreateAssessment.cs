using Vigil.Countries;
using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>Starts a draft assessment of a country on the latest framework, owned by the organisation of the person acting.</summary>
public sealed class CreateAssessment(EditableAssessments drafts, FrameworkCatalog frameworks, CountryCatalog countries)
{
    public sealed record Request(
        string CountryIso3, string Title, DateOnly AsOf, string Author,
        Classification Classification = Classification.Internal, string? Areas = null, Guid? OrganizationId = null);

    public async Task<RiskAssessment> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var country = countries.Find(request.CountryIso3)
            ?? throw new DomainRuleException("countryIso3", new LocalizedText($"'{request.CountryIso3}' is not a known ISO 3166 alpha-3 country code.", $"“{request.CountryIso3}”不是已知的 ISO 3166 三字母国家代码。"));
        var viewer = drafts.Viewer;
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins can start an assessment.");
        }
        var framework = await frameworks.LatestAsync(cancellationToken)
            ?? throw new InvalidOperationException("No framework is stored; run the database setup first.");
        var assessment = new RiskAssessment(country.Iso3, request.Title, request.AsOf, drafts.Who(request.Author), framework,
            viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId, request.Classification, drafts.Now());
        if (!string.IsNullOrWhiteSpace(request.Areas))
        {
            assessment.Describe(assessment.Title, assessment.AsOf, request.Areas, null, assessment.Author, drafts.Now());
        }
        await drafts.AddAsync(assessment, cancellationToken);
        return assessment;
    }
}
