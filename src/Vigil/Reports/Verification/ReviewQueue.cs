using Microsoft.EntityFrameworkCore;
using Vigil.Security;

namespace Vigil.Reports.Verification;

/// <summary>
/// The review queue: the reports of the viewer's organisation, unverified first and newest first, each with its claim
/// (shown only while it holds) and the merges suggested for it.
/// </summary>
public sealed class ReviewQueue(ReviewableReports reports, SuggestDuplicates duplicates)
{
    public async Task<IReadOnlyList<QueueRow>> ListAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        var viewer = reports.Viewer;
        if (!viewer.IsSystem && viewer.Role is not (Roles.Admin or Roles.Analyst or Roles.Reviewer))
        {
            return [];
        }
        var org = viewer.OrganizationId;
        var query = reports.Visible().AsNoTracking().Where(r => viewer.IsSystem || r.OrganizationId == org);
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var iso3 = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryIso3 == iso3);
        }
        var rows = await (
                from r in query
                join v in reports.Reviews() on r.Id equals v.ReportId into reviews
                from v in reviews.DefaultIfEmpty()
                orderby r.Status == ReportStatus.Unverified ? 0 : 1, r.ReceivedAt descending
                select new { r.Id, r.ReceivedAt, r.OccurredAt, r.CountryIso3, r.Admin1, r.Text, r.Network, r.Status, Review = v })
            .Take(Math.Clamp(filter.Take, 1, 1000)).ToListAsync(cancellationToken);
        var now = reports.Now();
        var suggestions = await duplicates.ForReportsAsync([.. rows.Where(r => r.Status != ReportStatus.Duplicate).Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => new QueueRow(r.Id, r.ReceivedAt, r.OccurredAt, r.CountryIso3, r.Admin1, r.Text, r.Network, r.Status, r.Review?.Reason,
            r.Review?.Reliability, r.Review?.Credibility,
            r.Review?.ClaimantAt(now), r.Review?.ClaimantAt(now) is null ? null : r.Review.ClaimedUntil, r.Review?.DuplicateOfId,
            [.. suggestions.Where(s => s.OriginalId == r.Id || s.DuplicateId == r.Id)]))];
    }
}
