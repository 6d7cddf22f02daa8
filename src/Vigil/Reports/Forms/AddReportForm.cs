using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports.Forms;

/// <summary>
/// Stores an XForm an admin uploads (the command line, the admin page or the API), owned by the admin's organisation
/// (the command line names one, or none for a form every organisation may use). The same id, version and content again
/// is no change; the same id and version with other content is refused, so a device never holds two forms under one name.
/// </summary>
public sealed class AddReportForm(VigilDb db, TimeProvider time, CurrentActor current)
{
    public sealed record Request(string Xml, Classification Classification = Classification.Internal, Guid? OrganizationId = null, string By = "cli");

    public sealed record Result(ReportForm Form, bool Added);

    public async Task<Result> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        if (!viewer.IsSystem && !Roles.CanAdminister(viewer.Role))
        {
            throw new AccessDeniedException(new ResourceText(FormsDomainText.ResourceManager, nameof(FormsDomainText.NotAdmin)).English);
        }
        var form = XFormDefinition.Parse(request.Xml);
        var stored = await db.ReportForms.FirstOrDefaultAsync(f => f.FormId == form.FormId && f.Version == form.Version, cancellationToken);
        if (stored is not null)
        {
            return stored.Md5 == form.Md5
                ? new Result(stored, false)
                : throw new DomainRuleException("version", new ResourceText(FormsDomainText.ResourceManager, nameof(FormsDomainText.VersionTaken), form.FormId, form.Version), conflict: true);
        }
        var owner = viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId;
        var by = viewer.IsSystem ? request.By : viewer.Name;
        var created = ReportForm.From(form, owner, request.Classification, by, time.GetUtcNow().UtcDateTime);
        db.ReportForms.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(created, true);
    }
}
