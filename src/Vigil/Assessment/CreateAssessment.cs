using Vigil.Countries;
using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>Starts a draft assessment of a country on its organisation's framework version, owned by the organisation of the person acting.</summary>
public sealed class CreateAssessment(EditableAssessments drafts, FrameworkCatalog frameworks, CountryCatalog countries)
{
    public sealed record Request(
        string CountryIso3, string Title, DateOnly AsOf, string Author,
        Classification Classification = Classification.Internal, string? Areas = null, Guid? OrganizationId = null);

    public async Task<RiskAssessment> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var country = countries.Find(request.CountryIso3)
            ?? throw new DomainRuleException("countryIso3", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.UnknownCountry), request.CountryIso3));
        var viewer = drafts.Viewer;
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins can start an assessment.");
        }
        var organizationId = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var framework = await frameworks.DefaultForAsync(organizationId, cancellationToken);
        var assessment = new RiskAssessment(country.Iso3, request.Title, request.AsOf, drafts.Who(request.Author), framework,
            organizationId, request.Classification, drafts.Now());
        if (!string.IsNullOrWhiteSpace(request.Areas))
        {
            assessment.Describe(assessment.Title, assessment.AsOf, request.Areas, null, assessment.Author, drafts.Now());
        }
        await drafts.AddAsync(assessment, cancellationToken);
        return assessment;
    }
}
