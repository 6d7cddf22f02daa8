using Vigil.Security;

namespace Vigil.Assessment;

public static class AssessmentAccess
{
    /// <summary>The assessments a viewer may read: <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<RiskAssessment> VisibleTo(this IQueryable<RiskAssessment> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<RiskAssessment>(a => a.OrganizationId, a => a.Classification));
}
