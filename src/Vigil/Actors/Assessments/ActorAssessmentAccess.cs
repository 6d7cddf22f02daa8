using Vigil.Security;

namespace Vigil.Actors.Assessments;

public static class ActorAssessmentAccess
{
    /// <summary>The actor assessments a viewer may read: <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<ActorAssessment> VisibleTo(this IQueryable<ActorAssessment> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<ActorAssessment>(a => a.OrganizationId, a => a.Classification));

    /// <summary>The naming decisions a viewer may read (owned and classified as their assessments).</summary>
    public static IQueryable<ActorNaming> VisibleTo(this IQueryable<ActorNaming> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<ActorNaming>(n => n.OrganizationId, n => n.Classification));
}
