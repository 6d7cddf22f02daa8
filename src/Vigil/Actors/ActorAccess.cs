using Vigil.Security;

namespace Vigil.Actors;

public static class ActorAccess
{
    /// <summary>The register entries a viewer may read: <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<Actor> VisibleTo(this IQueryable<Actor> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<Actor>(a => a.OrganizationId, a => a.Classification));
}
