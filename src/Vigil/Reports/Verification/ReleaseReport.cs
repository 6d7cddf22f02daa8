namespace Vigil.Reports.Verification;

/// <summary>A reviewer gives a claimed report back to the queue without deciding.</summary>
public sealed class ReleaseReport(ReviewableReports reports)
{
    public sealed record Request(Guid ReportId, string? By = null);

    public Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken) =>
        reports.ChangeAsync(request.ReportId, (_, review) => review.Release(reports.Who(request.By), reports.Now()), cancellationToken);
}
