using Microsoft.EntityFrameworkCore;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>An organisation's admin sets the standard its findings must meet before it names an actor.</summary>
public sealed class ChooseEvidentiaryStandard(ActorAssessmentDrafts drafts)
{
    /// <summary><see cref="OrganizationId"/> is read only from the command line; a signed-in admin sets their own organisation's.</summary>
    public sealed record Request(EvidentiaryStandard Required, string Actor, Guid? OrganizationId = null);

    public async Task<ActorStandardSetting> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = drafts.Viewer;
        if (!viewer.IsSystem && !Roles.CanAdminister(viewer.Role))
        {
            throw new AccessDeniedException("Only an admin chooses the organisation's evidentiary standard.");
        }
        var organizationId = viewer.IsSystem
            ? request.OrganizationId ?? throw new DomainRuleException("organizationId", "The command line names the organisation whose standard it sets.")
            : viewer.OrganizationId;
        var db = drafts.Db;
        var setting = await db.ActorStandardSettings.FirstOrDefaultAsync(s => s.OrganizationId == organizationId, cancellationToken);
        if (setting is null)
        {
            setting = new ActorStandardSetting(organizationId, request.Required, drafts.Who(request.Actor), drafts.Now());
            db.ActorStandardSettings.Add(setting);
        }
        else
        {
            setting.Choose(request.Required, drafts.Who(request.Actor), drafts.Now());
        }
        await db.SaveChangesAsync(cancellationToken);
        return setting;
    }
}
