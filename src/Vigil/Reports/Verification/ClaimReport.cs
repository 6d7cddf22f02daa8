namespace Vigil.Reports.Verification;

/// <summary>A reviewer takes a report: others see who is looking at it until they decide, release it or the claim lapses (<see cref="ReportReview.ClaimLength"/>).</summary>
public sealed class ClaimReport(ReviewableReports reports)
{
    public sealed record Request(Guid ReportId, string? By = null);

    public Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken) =>
        reports.ChangeAsync(request.ReportId, (_, review) => review.Claim(reports.Who(request.By), reports.Now()), cancellationToken);
}
