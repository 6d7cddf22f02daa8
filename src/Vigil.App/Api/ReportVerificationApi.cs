using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Situations;
using static Vigil.App.Api.ReportVerificationDtos;

namespace Vigil.App.Api;

/// <summary>
/// Verification of field reports: the queue, claims, verdicts, merges, corroboration, evidence for assessments and the
/// analysis. Writes are for reviewers, analysts and admins of the report's organisation (403 for its monitors and
/// viewers, 404 for everyone who may not see the report).
/// </summary>
public static class ReportVerificationApi
{
    public static void MapReportVerification(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Report verification");
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/queue", async (string? status, string? country, ReviewQueue queue, CancellationToken ct) =>
            TypedResults.Ok((await queue.ListAsync(new(KebabCase.Parse<ReportStatus>(status, "status"), country), ct)).Select(QueueRowDto.From).ToList()))
            .WithSummary("The review queue of your organisation's reports (reviewers, analysts, admins; empty for other roles): unverified first, newest first, with who is looking at each and suggested merges. ?status=unverified|verified|unconfirmed|false|duplicate, ?country=ISO3.");

        group.MapGet("/analysis", async (string? country, AnalyseReports analyse, CancellationToken ct) =>
            TypedResults.Ok(AnalysisDto.From(await analyse.RunAsync(country, ct))))
            .WithSummary("Reports you may see, disaggregated: counts by status, harm by sex and age group (reports and people), reports and distinct reporters by network. ?country=ISO3.");

        group.MapGet("/{id:guid}/duplicates", async Task<Results<Ok<List<SuggestionDto>>, NotFound>> (Guid id, ReviewableReports reports, SuggestDuplicates duplicates, CancellationToken ct) =>
            await reports.FindAsync(id, ct) is null ? TypedResults.NotFound()
                : TypedResults.Ok((await duplicates.ForReportsAsync([id], ct)).Select(SuggestionDto.From).ToList()))
            .WithSummary("Suggested merges for a report: near-duplicate texts (MinHash over character shingles) in the same country within 3 days and the same admin-1 or 25 km.");

        group.MapPost("/{id:guid}/verification", async (Guid id, Verification body, VerifyReport verify, ReviewableReports reports, CancellationToken ct) =>
            Respond(await verify.RunAsync(new(id, body.Status, body.Reason, body.Reliability, body.Credibility), ct), reports))
            .WithSummary("Set a report's status: { status: verified|unconfirmed|false|unverified, reason, reliability?: A–F, credibility?: 1–6 }. Verified reports become events of source 'field'; leaving verified removes the event. Refused (409) while another reviewer holds the claim.")
            .WithDescription("Roles: admin, analyst, reviewer of the report's organisation.");

        group.MapPost("/{id:guid}/claim", async (Guid id, ClaimReport claim, ReviewableReports reports, CancellationToken ct) =>
            Respond(await claim.RunAsync(new(id), ct), reports))
            .WithSummary("Claim a report for review: others see who is looking at it for 30 minutes or until you decide or release it (409 if another reviewer holds it).");

        group.MapPost("/{id:guid}/release", async (Guid id, ReleaseReport release, ReviewableReports reports, CancellationToken ct) =>
            Respond(await release.RunAsync(new(id), ct), reports))
            .WithSummary("Release your claim on a report without deciding.");

        group.MapPost("/{id:guid}/merge", async (Guid id, Merge body, MergeDuplicate merge, ReviewableReports reports, CancellationToken ct) =>
            Respond(await merge.RunAsync(new(id, body.OriginalId, body.Reason), ct), reports))
            .WithSummary("Merge this report into the one it retells: { originalId, reason }. Both are kept; this one links to the original with status duplicate (and loses its field event).");

        group.MapPost("/{id:guid}/unmerge", async (Guid id, Unmerge body, UnmergeDuplicate unmerge, ReviewableReports reports, CancellationToken ct) =>
            Respond(await unmerge.RunAsync(new(id, body.Reason), ct), reports))
            .WithSummary("Undo a merge: { reason }. The report gets back the status it had.");

        group.MapPost("/{id:guid}/corroborations", async (Guid id, Corroboration body, CorroborateReport corroborate, ReviewableReports reports, CancellationToken ct) =>
            Respond(await corroborate.RunAsync(new(id, KebabCase.Required<CorroborationKind>(body.Kind, "kind"), body.Target, body.Note), ct), reports))
            .WithSummary("Link what corroborates a report: { kind: report|event, target: a report id, or an event id (1234) or source:id (acled:CAF12345), note? }.");

        group.MapPost("/{id:guid}/evidence", async Task<Results<Ok<List<string>>, NotFound>> (Guid id, Evidence body, AttachReportEvidence attach, CancellationToken ct) =>
        {
            var assessment = body.AssessmentId ?? throw new DomainRuleException("assessmentId", "assessmentId: required (a draft assessment you may edit).");
            return await attach.RunAsync(new(id, assessment, body.Indicators, body.Reliability, body.Credibility), ct) is { } indicators
                ? TypedResults.Ok(indicators.ToList()) : TypedResults.NotFound();
        }).WithSummary("Attach the report's warning signs as evidence to a draft assessment: { assessmentId, indicators? (default: the report's warning signs), reliability?, credibility? (default: the report's grade) }.");
    }

    private static Results<Ok<ReviewDto>, NotFound> Respond(ReportReview? review, ReviewableReports reports) =>
        review is null ? TypedResults.NotFound() : TypedResults.Ok(ReviewDto.From(review, reports.Now()));
}
