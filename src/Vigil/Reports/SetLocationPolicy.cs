using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>An admin sets how their organisation's report places are shown to those not allowed the exact point.</summary>
public sealed class SetLocationPolicy(IDbContextFactory<VigilDb> dbFactory, CurrentActor current, TimeProvider time)
{
    public sealed record Request(LocationMode Mode, int GridKm, Guid? OrganizationId = null);

    public async Task<ReportLocationPolicy> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        if (!viewer.IsSystem && !Roles.CanAdminister(viewer.Role))
        {
            throw new AccessDeniedException("Only admins set their organisation's location policy.");
        }
        var organization = (viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId)
            ?? throw new DomainRuleException("organization", "organization: name the organisation whose policy this is.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var policy = await db.ReportLocationPolicies.FirstOrDefaultAsync(p => p.OrganizationId == organization, cancellationToken);
        if (policy is null)
        {
            policy = new ReportLocationPolicy(organization, request.Mode, request.GridKm, viewer.Name, now);
            db.ReportLocationPolicies.Add(policy);
        }
        else
        {
            policy.Change(request.Mode, request.GridKm, viewer.Name, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }
}
