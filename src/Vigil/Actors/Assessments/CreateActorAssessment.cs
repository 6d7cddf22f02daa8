using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>
/// Starts a draft assessment of an actor on its organisation's framework version; Restricted unless the author says otherwise.
/// Only of an actor in a register the viewer may read: null (404) for an unknown id or another organisation's entry.
/// </summary>
public sealed class CreateActorAssessment(ActorAssessmentDrafts drafts, FrameworkCatalog frameworks)
{
    public sealed record Request(Guid ActorId, string Title, DateOnly AsOf, string Author,
        Classification Classification = Classification.Restricted, Guid? OrganizationId = null);

    public async Task<ActorAssessment?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = drafts.Viewer;
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins can start an actor assessment.");
        }
        if (!await drafts.Db.ActorVisibleAsync(request.ActorId, viewer, cancellationToken))
        {
            return null;
        }
        var organizationId = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var framework = await frameworks.DefaultForAsync(organizationId, cancellationToken);
        var assessment = new ActorAssessment(request.ActorId, request.Title, request.AsOf, drafts.Who(request.Author), framework,
            organizationId, request.Classification, drafts.Now());
        drafts.Db.ActorAssessments.Add(assessment);
        await drafts.Db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
