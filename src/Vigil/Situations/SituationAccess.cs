using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations;

public static class SituationAccess
{
    /// <summary>The situations a viewer may read: <see cref="Viewer.CanSee"/>, in SQL.</summary>
    public static IQueryable<Situation> VisibleTo(this IQueryable<Situation> query, Viewer viewer) =>
        viewer.IsSystem ? query : query.Where(viewer.CanSeeFilter<Situation>(s => s.OrganizationId, s => s.Classification));

    /// <summary>A situation with everything in it, or null when it does not exist or the viewer may not see it.</summary>
    public static Task<Situation?> LoadSituationAsync(this VigilDb db, Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.Situations.VisibleTo(viewer)
            .Include(s => s.Changes).Include(s => s.Trends).Include(s => s.Links).Include(s => s.Reviews)
            .Include(s => s.Actions).ThenInclude(a => a.Commitments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
}
