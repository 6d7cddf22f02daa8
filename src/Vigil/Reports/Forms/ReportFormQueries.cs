using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports.Forms;

/// <summary>The forms a viewer is offered: per form id, the newest version they may see, with the built-in incident form
/// unless a stored version of it replaces it.</summary>
public static class ReportFormQueries
{
    public static async Task<IReadOnlyList<ReportForm>> ListCurrentFormsAsync(this VigilDb db, Viewer viewer, CancellationToken cancellationToken)
    {
        var stored = await db.ReportForms.AsNoTracking()
            .Where(viewer.CanSeeFilter<ReportForm>(f => f.OrganizationId, f => f.Classification))
            .ToListAsync(cancellationToken);
        var newest = stored.GroupBy(f => f.FormId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Version, StringComparer.Ordinal).First())
            .ToList();
        if (newest.All(f => f.FormId != DefaultForms.IncidentFormId))
        {
            newest.Add(DefaultForms.Incident);
        }
        return [.. newest.OrderBy(f => f.FormId, StringComparer.Ordinal)];
    }

    /// <summary>Every stored version the viewer may see, newest first (the admin page's history).</summary>
    public static async Task<IReadOnlyList<ReportForm>> ListFormVersionsAsync(this VigilDb db, Viewer viewer, CancellationToken cancellationToken) =>
        [.. (await db.ReportForms.AsNoTracking()
            .Where(viewer.CanSeeFilter<ReportForm>(f => f.OrganizationId, f => f.Classification))
            .ToListAsync(cancellationToken))
            .OrderBy(f => f.FormId, StringComparer.Ordinal).ThenByDescending(f => f.UploadedAt)];

    /// <summary>The form offered under <paramref name="formId"/>; null when there is none the viewer may see (the caller answers 404).</summary>
    public static async Task<ReportForm?> FindCurrentFormAsync(this VigilDb db, string formId, Viewer viewer, CancellationToken cancellationToken) =>
        (await db.ListCurrentFormsAsync(viewer, cancellationToken)).FirstOrDefault(f => f.FormId == formId);
}
