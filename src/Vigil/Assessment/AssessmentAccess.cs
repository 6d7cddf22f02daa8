using Vigil.Security;

namespace Vigil.Assessment;

public static class AssessmentAccess
{
    /// <summary>The assessments a viewer may read; the same rule as <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<RiskAssessment> VisibleTo(this IQueryable<RiskAssessment> query, Viewer viewer)
    {
        if (viewer.IsSystem)
        {
            return query;
        }
        var org = viewer.OrganizationId;
        var sharing = viewer.SharingOrganizations.ToList();
        var confidential = Roles.CanSeeConfidential(viewer.Role);
        return query.Where(a =>
            a.Classification == Classification.Public
            || (a.Classification == Classification.Internal && (a.OrganizationId == org || (a.OrganizationId != null && sharing.Contains(a.OrganizationId.Value))))
            || (a.Classification == Classification.Restricted && a.OrganizationId == org)
            || (a.Classification == Classification.Confidential && a.OrganizationId == org && confidential));
    }
}
