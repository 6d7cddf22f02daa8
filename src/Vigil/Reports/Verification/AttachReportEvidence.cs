using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;

namespace Vigil.Reports.Verification;

/// <summary>
/// Attaches a report's warning signs as evidence to the Framework indicators of an assessment the analyst chooses
/// (through <see cref="AddEvidence"/>, so the assessment's own rules and history apply): one item per indicator, graded
/// with the report's Admiralty grade or the one given, titled by the report's date and place, referring to the report.
/// The reporter is never copied into the assessment.
/// </summary>
public sealed class AttachReportEvidence(ReviewableReports reports, AddEvidence addEvidence)
{
    public const int TitleTextLength = 120;

    public sealed record Request(Guid ReportId, Guid AssessmentId, IReadOnlyList<string>? Indicators = null, string? Reliability = null,
        int? Credibility = null, string? By = null);

    /// <summary>The indicators the report was attached to, or null when the viewer cannot see the report or the assessment.</summary>
    public async Task<IReadOnlyList<string>?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var report = await reports.FindReviewableAsync(request.ReportId, cancellationToken);
        if (report is null)
        {
            return null;
        }
        var review = await reports.Reviews().AsNoTracking().FirstOrDefaultAsync(r => r.ReportId == report.Id, cancellationToken);
        var grade = VerifyReport.Grade(request.Reliability, request.Credibility) ?? review?.Grade
            ?? throw new DomainRuleException("reliability", "reliability: grade the report (reliability A–F, credibility 1–6) before it becomes evidence.");
        var indicators = (request.Indicators is { Count: > 0 } given ? given : report.WarningSignList)
            .Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (indicators.Count == 0)
        {
            throw new DomainRuleException("indicators", "indicators: the report names no warning signs; give the Framework indicators it bears on.");
        }
        var text = report.Text.Length > TitleTextLength ? report.Text[..TitleTextLength] + "…" : report.Text;
        var place = string.Join(", ", new[] { report.Admin1, report.CountryIso3 }.Where(p => !string.IsNullOrEmpty(p)));
        var evidence = new EvidenceRequest($"Field report, {place}: {text}", $"report:{report.Id}", DateOnly.FromDateTime(report.OccurredAt),
            SourceType.LocalMonitor, grade.Reliability, grade.Credibility);
        foreach (var indicator in indicators)
        {
            if (await addEvidence.RunAsync(new AddEvidence.Request(request.AssessmentId, indicator, evidence, reports.Who(request.By)), cancellationToken) is null)
            {
                return null;
            }
        }
        return indicators;
    }
}
