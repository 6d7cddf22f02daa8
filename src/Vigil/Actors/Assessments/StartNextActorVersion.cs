using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>Starts the next version of an approved actor assessment as a draft copy (findings, evidence, persons), as for countries.</summary>
public sealed class StartNextActorVersion(ActorAssessmentDrafts drafts)
{
    public sealed record Request(Guid AssessmentId, string Author, DateOnly? AsOf);

    /// <summary>The new draft, or null when the viewer cannot see the assessment.</summary>
    public async Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var current = await drafts.Db.LoadActorAssessmentAsync(request.AssessmentId, null, drafts.Viewer, cancellationToken);
        if (current is null)
        {
            return null;
        }
        if (!drafts.Viewer.CanEdit(current.OrganizationId))
        {
            throw new AccessDeniedException("Only analysts and admins of the owning organisation can start a new version.");
        }
        var next = current.StartNextVersion(drafts.Who(request.Author), request.AsOf ?? current.AsOf, drafts.Now());
        drafts.Db.ActorAssessments.Add(next);
        await drafts.Db.SaveChangesAsync(cancellationToken);
        return next;
    }
}
