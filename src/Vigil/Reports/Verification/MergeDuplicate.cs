using Microsoft.EntityFrameworkCore;

namespace Vigil.Reports.Verification;

/// <summary>
/// Marks a report as a duplicate of another: both stay as they were sent (nothing is deleted or rewritten), the duplicate
/// links to the original and takes the status duplicate, and a field event it had is removed so the incident counts once.
/// <see cref="UnmergeDuplicate"/> undoes it.
/// </summary>
public sealed class MergeDuplicate(ReviewableReports reports)
{
    public sealed record Request(Guid DuplicateId, Guid? OriginalId, string? Reason, string? By = null);

    public async Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        // 404 and 403 come before a bad original.
        if (await reports.FindReviewableAsync(request.DuplicateId, cancellationToken) is null)
        {
            return null;
        }
        if (request.OriginalId is not { } originalId)
        {
            throw new DomainRuleException("originalId", "originalId: required (the report this one retells).");
        }
        var original = await reports.FindAsync(originalId, cancellationToken)
            ?? throw new DomainRuleException("originalId", $"originalId: no report {originalId} that you may see.");
        var originalOf = await reports.Reviews().Where(r => r.ReportId == originalId).Select(r => r.DuplicateOfId).FirstOrDefaultAsync(cancellationToken);
        if (originalOf is { } root)
        {
            throw new DomainRuleException("originalId", $"originalId: {originalId} is itself a duplicate of {root}; merge into {root}.");
        }
        return await reports.ChangeAsync(request.DuplicateId, (duplicate, review) =>
        {
            if (duplicate.CountryIso3 != original.CountryIso3)
            {
                throw new DomainRuleException("originalId", $"originalId: the reports are in different countries ({duplicate.CountryIso3}, {original.CountryIso3}).");
            }
            review.MergeInto(originalId, request.Reason, reports.Who(request.By), reports.Now());
        }, cancellationToken);
    }
}
