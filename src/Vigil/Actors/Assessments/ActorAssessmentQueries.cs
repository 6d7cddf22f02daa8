using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors.Assessments;

/// <summary>Reads of actor assessments shared by the API, the pages and the actor register.</summary>
public static class ActorAssessmentQueries
{
    /// <summary>
    /// Loads an assessment with everything in it, tracked, or null when it does not exist, is not of <paramref name="actorId"/>
    /// (when given) or the viewer may not see it or its actor. Writes no read entry: showing it goes through <see cref="ActorAssessmentReader"/>.
    /// </summary>
    public static Task<ActorAssessment?> LoadActorAssessmentAsync(this VigilDb db, Guid id, Guid? actorId, Viewer viewer, CancellationToken cancellationToken)
    {
        var actors = db.Actors.VisibleTo(viewer);
        return db.ActorAssessments.VisibleTo(viewer)
            .Where(a => actors.Any(x => x.Id == a.ActorId))
            .Include(a => a.Judgements).Include(a => a.Evidence).Include(a => a.Individuals).Include(a => a.History)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && (actorId == null || a.ActorId == actorId), cancellationToken);
    }

    /// <summary>
    /// Whether the actor is an entry of a register the viewer may read. Every verb on its assessments answers 404 otherwise: an
    /// unknown id, or another organisation's entry, must not be told apart from a real one by what its assessments answer.
    /// </summary>
    public static Task<bool> ActorVisibleAsync(this VigilDb db, Guid actorId, Viewer viewer, CancellationToken cancellationToken) =>
        db.Actors.AsNoTracking().VisibleTo(viewer).AnyAsync(a => a.Id == actorId, cancellationToken);

    /// <summary>The actor's assessments the viewer may see, newest "as of" and version first.</summary>
    public static async Task<IReadOnlyList<ActorAssessmentSummary>> ActorAssessmentsOfAsync(this VigilDb db, Guid actorId, Viewer viewer, CancellationToken cancellationToken)
    {
        var list = await db.ActorAssessments.VisibleTo(viewer).AsNoTracking().Where(a => a.ActorId == actorId)
            .Select(a => new ActorAssessmentSummary(a.Id, a.ActorId, a.Title, a.AsOf, a.VersionNumber, a.Status, a.Classification, a.Author, a.ApprovedBy))
            .ToListAsync(cancellationToken);
        return list.OrderByDescending(a => a.AsOf).ThenByDescending(a => a.Version).ToList();
    }

    /// <summary>The standard an organisation requires before naming an actor (reasonable grounds unless its admin chose another).</summary>
    public static async Task<EvidentiaryStandard> RequiredStandardAsync(this VigilDb db, Guid? organizationId, CancellationToken cancellationToken) =>
        organizationId is { } id && await db.ActorStandardSettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrganizationId == id, cancellationToken) is { } setting
            ? setting.Required
            : EvidentiaryStandards.Default;

    /// <summary>
    /// Whether the actor is named for this viewer: a naming decision they may see, on an approved assessment whose findings meet
    /// the standard the deciding organisation requires today (raising the standard un-names what no longer meets it). The
    /// actor register calls this for its actor pages and API.
    /// </summary>
    public static async Task<ActorNamingStatus> NamingOfActorAsync(this VigilDb db, Guid actorId, Viewer viewer, CancellationToken cancellationToken)
    {
        var required = await db.RequiredStandardAsync(viewer.IsSystem ? null : viewer.OrganizationId, cancellationToken);
        var namings = await db.ActorNamings.VisibleTo(viewer).AsNoTracking().Where(n => n.ActorId == actorId).ToListAsync(cancellationToken);
        foreach (var naming in namings.OrderByDescending(n => n.DecidedAt))
        {
            var assessment = await db.ActorAssessments.AsNoTracking().Include(a => a.Judgements)
                .FirstOrDefaultAsync(a => a.Id == naming.AssessmentId, cancellationToken);
            var standardNow = await db.RequiredStandardAsync(naming.OrganizationId, cancellationToken);
            if (assessment is not null && assessment.Status == AssessmentStatus.Approved && assessment.MeetsStandard(standardNow))
            {
                return ActorNamingStatus.Of(naming, required);
            }
        }
        return ActorNamingStatus.NotNamed(required);
    }
}
