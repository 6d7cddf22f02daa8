namespace Vigil.Reports.Verification;

/// <summary>Undoes a merge: the report is its own again, with the status it had before (and its field event, if that was verified).</summary>
public sealed class UnmergeDuplicate(ReviewableReports reports)
{
    public sealed record Request(Guid ReportId, string? Reason, string? By = null);

    public Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken) =>
        reports.ChangeAsync(request.ReportId, (_, review) => review.Unmerge(request.Reason, reports.Who(request.By), reports.Now()), cancellationToken);
}
