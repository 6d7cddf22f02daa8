using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>An organisation's admin chooses the framework version its new assessments use (the command line names the organisation).</summary>
public sealed class ChooseFrameworkVersion(VigilDb db, FrameworkCatalog frameworks, CurrentActor current, TimeProvider time)
{
    /// <summary><paramref name="OrganizationId"/> is read only from the command line; a signed-in admin chooses for their own organisation.</summary>
    public sealed record Request(string Version, Guid? OrganizationId = null, string Actor = "cli");

    public async Task<FrameworkDefinition> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        if (!viewer.IsSystem && !Roles.CanAdminister(viewer.Role))
        {
            throw new AccessDeniedException("Only an admin chooses the framework version of their organisation.");
        }
        var organizationId = viewer.IsSystem
            ? request.OrganizationId ?? throw new DomainRuleException("organization", "Name the organisation whose framework version to choose.")
            : viewer.OrganizationId;
        var framework = await frameworks.GetAsync(FrameworkCatalog.DefaultFrameworkId, request.Version ?? "", cancellationToken)
            ?? throw new DomainRuleException("version", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.FrameworkVersionUnknown), request.Version ?? ""));
        await FrameworkCatalog.ChooseAsync(db, organizationId, framework, viewer.IsSystem ? request.Actor : viewer.Name, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return framework;
    }
}
