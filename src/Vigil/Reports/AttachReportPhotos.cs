using Vigil.Security;

namespace Vigil.Reports;

/// <summary>
/// Photos sent after their report (the web form sends the report as JSON, then each photo; decision record 0038): for those who
/// may submit reports, to a report of their own organisation. Kept as an OpenRosa submission's photos are — metadata stripped from
/// the shared copy, the original encrypted — and idempotent by file name, so a resent photo is not stored twice.
/// </summary>
public sealed class AttachReportPhotos(FieldReportQueries queries, ReportPhotos photos, CurrentActor current)
{
    public sealed record Request(Guid ReportId, IReadOnlyList<IncomingPhoto> Photos);

    /// <summary>The report the viewer may add photos to; null (404) when they cannot see it, 403 when they see it but may not add.</summary>
    public async Task<FieldReport?> FindTargetAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var viewer = current.Viewer;
        var report = await queries.FindAsync(reportId, viewer, cancellationToken);
        if (report is not null && !(viewer.IsSystem || (SubmitFieldReport.MaySubmit(viewer) && report.OrganizationId == viewer.OrganizationId)))
        {
            throw new AccessDeniedException("Only monitors, reviewers, analysts and admins of the report's organisation add photos to it.");
        }
        return report;
    }

    /// <summary>How many photos were new; null when the viewer cannot see the report.</summary>
    public async Task<int?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (await FindTargetAsync(request.ReportId, cancellationToken) is null)
        {
            return null;
        }
        if (request.Photos.Count == 0)
        {
            throw new DomainRuleException("photo", "photo: send at least one JPEG or PNG photo as a multipart/form-data part.");
        }
        return await photos.AttachAsync(request.ReportId, request.Photos, cancellationToken);
    }
}
