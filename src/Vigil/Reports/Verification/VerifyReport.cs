using Vigil.Assessment;

namespace Vigil.Reports.Verification;

/// <summary>
/// A reviewer's verdict on a report: verified, unconfirmed, false (or back to unverified) with the reason, and optionally
/// the Admiralty grade of source and information. A verified report becomes a field event; leaving verified removes it.
/// </summary>
public sealed class VerifyReport(ReviewableReports reports)
{
    /// <summary>The statuses a verdict may set, as the API spells them; duplicate is set by a merge.</summary>
    public static readonly IReadOnlyList<ReportStatus> Verdicts = [ReportStatus.Verified, ReportStatus.Unconfirmed, ReportStatus.False, ReportStatus.Unverified];

    public sealed record Request(Guid ReportId, string? Status, string? Reason, string? Reliability = null, int? Credibility = null, string? By = null);

    public Task<ReportReview?> RunAsync(Request request, CancellationToken cancellationToken) =>
        reports.ChangeAsync(request.ReportId, (_, review) => review.Decide(ParseStatus(request.Status), request.Reason,
            Grade(request.Reliability, request.Credibility), reports.Who(request.By), reports.Now()), cancellationToken);

    public static string Word(ReportStatus status) => status.ToString().ToLowerInvariant();

    public static ReportStatus ParseStatus(string? status)
    {
        var word = status?.Trim();
        if (string.Equals(word, Word(ReportStatus.Duplicate), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("status", "status: a duplicate is marked by merging it into the report it retells (POST /api/v1/reports/{id}/merge with originalId).");
        }
        foreach (var verdict in Verdicts)
        {
            if (string.Equals(Word(verdict), word, StringComparison.OrdinalIgnoreCase))
            {
                return verdict;
            }
        }
        throw new DomainRuleException("status", $"status: '{status}' is not one of {string.Join(", ", Verdicts.Select(Word))}.");
    }

    /// <summary>Both parts of the grade or neither: half a grade says nothing an analyst can weigh.</summary>
    public static AdmiraltyGrade? Grade(string? reliability, int? credibility)
    {
        var r = reliability?.Trim();
        if (string.IsNullOrEmpty(r) && credibility is null)
        {
            return null;
        }
        if (string.IsNullOrEmpty(r))
        {
            throw new DomainRuleException("reliability", "reliability: give the source's reliability (A–F) with the credibility.");
        }
        if (r.Length != 1)
        {
            throw new DomainRuleException("reliability", $"reliability: '{reliability}' is not one letter A–F.");
        }
        return credibility is { } c ? new AdmiraltyGrade(r[0], c)
            : throw new DomainRuleException("credibility", "credibility: give the information's credibility (1–6) with the reliability.");
    }
}
