using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Assessment;
using Vigil.App.Documents;
using Vigil.App.Hosting;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class AssessmentsApi
{
    /// <summary>The warning header of a create that starts a second draft of a country.</summary>
    public const string ExistingDraftHeader = "Vigil-Existing-Draft";

    public static void MapAssessments(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments").WithTags("Assessments");
        // Every write runs the assessment's rules (drafts only, a second reviewer, roles of the owning organisation).
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async (string? country, HttpContext context, VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
            TypedResults.Ok(await db.ListAssessmentsAsync(frameworks, context.Viewer(), country, ct)))
            .WithSummary("List assessments, optionally of one country (?country=ISO3), with their overall level.");

        group.MapPost("/", async (AssessmentRequests.Create body, HttpContext context, CreateAssessment create, VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            var assessment = await create.RunAsync(body.ToRequest(context.Viewer().Name), ct);
            var view = View(assessment, await frameworks.ForAsync(assessment, ct), context);
            // A second draft of the same country is allowed but warned of: a Link to each existing draft and a plain-words header.
            var others = await db.DraftsOfCountryAsync(assessment.CountryIso3, context.Viewer(), assessment.Id, ct);
            if (others.Count > 0)
            {
                context.Response.Headers.Link = string.Join(", ", others.Select(o => $"</api/v1/assessments/{o.Id}>; rel=\"related\"; title=\"existing draft\""));
                // ASCII only (a header cannot carry the title, which may be Chinese): the id says which draft.
                context.Response.Headers[ExistingDraftHeader] = $"{assessment.CountryIso3} already has a draft: /api/v1/assessments/{others[0].Id}";
            }
            return TypedResults.Created($"/api/v1/assessments/{assessment.Id}", view);
        }).WithSummary("Start a draft assessment: { countryIso3, title, asOf, classification?, areas? }. When the country already has a draft the viewer can see, "
            + "the answer still creates one but warns: a Vigil-Existing-Draft header names the existing draft and a Link header (rel=related) points to each.");

        group.MapGet("/{id:guid}", async Task<Results<Ok<AssessmentView>, NotFound>> (Guid id, HttpContext context, VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            if (await db.LoadAssessmentAsync(id, context.Viewer(), ct) is not { } a)
            {
                return TypedResults.NotFound();
            }
            context.Response.Headers.ETag = JudgementVersion.AssessmentTag(a);
            return TypedResults.Ok(View(a, await frameworks.ForAsync(a, ct), context));
        }).WithSummary("An assessment with its judgements, evidence, resilience, history and computed profile. The ETag changes with every change to the "
            + "assessment; sent as If-Match on a PUT of an indicator or factor, the write is refused (412) if anything changed since.");

        group.MapGet("/{id:guid}/indicators/{indicatorId}", async Task<Results<Ok<IndicatorAnswer>, NotFound>> (Guid id, string indicatorId, HttpContext context,
                VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
            await db.LoadAssessmentAsync(id, context.Viewer(), ct) is { } a && IndicatorAnswerOf(a, await frameworks.ForAsync(a, ct), indicatorId, context) is { } answer
                ? TypedResults.Ok(answer)
                : TypedResults.NotFound())
            .WithSummary("One indicator's judgement and evidence, its version and the assessment's profile. The ETag is the version: send it as If-Match on the PUT.");

        group.MapGet("/{id:guid}/factors/{riskFactorId}", async Task<Results<Ok<FactorAnswer>, NotFound>> (Guid id, string riskFactorId, HttpContext context,
                VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
            await db.LoadAssessmentAsync(id, context.Viewer(), ct) is { } a && FactorAnswerOf(a, await frameworks.ForAsync(a, ct), riskFactorId, context) is { } answer
                ? TypedResults.Ok(answer)
                : TypedResults.NotFound())
            .WithSummary("A risk factor's judgement as a whole, its version and the assessment's profile. The ETag is the version: send it as If-Match on the PUT.");

        group.MapPut("/{id:guid}", async (Guid id, AssessmentRequests.Describe body, HttpContext context, DescribeAssessment describe, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await describe.RunAsync(new(id, body.Title ?? "", AssessmentRequests.ParseDate(body.AsOf, "asOf"), body.Areas, body.Summary, context.Viewer().Name), ct), frameworks, context, ct))
            .WithSummary("Change a draft's title, as-of date, areas and summary.");

        group.MapPut("/{id:guid}/indicators/{indicatorId}", async Task<Results<Ok<IndicatorAnswer>, NotFound, ProblemHttpResult>> (Guid id, string indicatorId,
                AssessmentRequests.Judgement body, HttpContext context, JudgeIndicator judge, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            try
            {
                return await judge.RunAsync(new(id, indicatorId, body.ToRequest(), context.Viewer().Name, IfMatch(context)), ct) is { } a
                    && IndicatorAnswerOf(a, await frameworks.ForAsync(a, ct), indicatorId, context) is { } answer
                    ? TypedResults.Ok(answer)
                    : TypedResults.NotFound();
            }
            catch (StaleJudgementException stale)
            {
                return Stale(stale);
            }
        }).WithSummary("Record an indicator: { status: present|absent|unknown|notAssessed, severity 1-3, trend: worsening|stable|improving, confidence: low|medium|high, notes, gender, area, evidence: [{ title, url|reference, date, sourceType, reliability A-F, credibility 1-6 }] }. Evidence, when given, replaces the indicator's evidence. "
            + "Answers the indicator, its new version (ETag) and the profile. With If-Match (the indicator's or the assessment's ETag) the write is refused with 412 and the current value "
            + "when someone else changed the indicator since; without If-Match the last write wins.")
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPut("/{id:guid}/factors/{riskFactorId}", async Task<Results<Ok<FactorAnswer>, NotFound, ProblemHttpResult>> (Guid id, string riskFactorId,
                AssessmentRequests.Judgement body, HttpContext context, JudgeFactor judge, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            try
            {
                return await judge.RunAsync(new(id, riskFactorId, body.ToRequest(), context.Viewer().Name, IfMatch(context)), ct) is { } a
                    && FactorAnswerOf(a, await frameworks.ForAsync(a, ct), riskFactorId, context) is { } answer
                    ? TypedResults.Ok(answer)
                    : TypedResults.NotFound();
            }
            catch (StaleJudgementException stale)
            {
                return Stale(stale);
            }
        }).WithSummary("Judge a risk factor as a whole (e.g. RF14, which lists no indicators), with the indicator body's shape. Present or absent, it sets the factor's score "
                + "and makes it assessed (its indicators still show); evidence, when given, replaces the evidence filed on the factor itself. Answers the factor's judgement, "
                + "its version (ETag) and the profile; If-Match as for an indicator (412 when stale).")
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/evidence/{target}", async (Guid id, string target, AssessmentRequests.Evidence body, HttpContext context,
                AddEvidence addEvidence, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await addEvidence.RunAsync(new(id, target, body.ToRequest("evidence"), context.Viewer().Name), ct), frameworks, context, ct))
            .WithSummary("Add one evidence item to an indicator (e.g. 7.9) or a resilience dimension (e.g. P2).");

        group.MapPut("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, AssessmentRequests.Evidence body, HttpContext context,
                CorrectEvidence correctEvidence, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await correctEvidence.RunAsync(new(id, evidenceId, body.ToRequest("evidence"), context.Viewer().Name), ct), frameworks, context, ct))
            .WithSummary("Correct an evidence item of a draft in place, keeping its id: { title, url|reference, date, sourceType, reliability A-F, credibility 1-6, sourceIdentity? }. "
                + "sourceIdentity omitted or null keeps the stored one, \"\" clears it; only roles that may see Confidential fields may change it.");

        group.MapDelete("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, HttpContext context,
                RemoveEvidence removeEvidence, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await removeEvidence.RunAsync(new(id, evidenceId, context.Viewer().Name), ct), frameworks, context, ct))
            .WithSummary("Remove an evidence item from a draft.");

        group.MapPut("/{id:guid}/resilience/{dimensionId}", async (Guid id, string dimensionId, AssessmentRequests.Resilience body, HttpContext context,
                RateResilience rate, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await rate.RunAsync(new(id, dimensionId, body.Rating, body.Notes, context.Viewer().Name), ct), frameworks, context, ct))
            .WithSummary("Rate a resilience dimension (P1–P5 national priorities, E1–E6 effectiveness factors): { rating 0-3, notes }.");

        group.MapPost("/{id:guid}/submit", async (Guid id, HttpContext context, AssessmentReview review, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await review.SubmitAsync(id, context.Viewer().Name, ct), frameworks, context, ct))
            .WithSummary("Submit a draft for review.");

        group.MapPost("/{id:guid}/return", async (Guid id, AssessmentRequests.Review? body, HttpContext context, AssessmentReview review, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await review.ReturnAsync(id, context.Viewer().Name, body?.Reason, ct), frameworks, context, ct))
            .WithSummary("Send an assessment in review back to draft, with a reason.");

        group.MapPost("/{id:guid}/approve", async (Guid id, AssessmentRequests.Review? body, HttpContext context, AssessmentReview review, FrameworkCatalog frameworks, CancellationToken ct) =>
            await Respond(await review.ApproveAsync(id, context.Viewer().Name, ct), frameworks, context, ct))
            .WithSummary("Approve an assessment in review. The approver (the signed-in reviewer or admin) must not be the author. Approved versions never change.");

        group.MapPost("/{id:guid}/versions", async Task<Results<Created<AssessmentView>, NotFound>> (Guid id, AssessmentRequests.NextVersion? body, HttpContext context, StartNextVersion startNextVersion, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            var next = await startNextVersion.RunAsync(new(id, context.Viewer().Name,
                string.IsNullOrWhiteSpace(body?.AsOf) ? null : AssessmentRequests.ParseDate(body.AsOf, "asOf")), ct);
            return next is null
                ? TypedResults.NotFound()
                : TypedResults.Created($"/api/v1/assessments/{next.Id}", View(next, await frameworks.ForAsync(next, ct), context));
        }).WithSummary("Start the next version of an approved assessment as a draft copy.");

        group.MapPost("/{id:guid}/framework", async Task<Results<Ok<FrameworkMove>, NotFound>> (Guid id, AssessmentRequests.MoveFramework? body, HttpContext context, MoveToFrameworkVersion move, CancellationToken ct) =>
            await move.RunAsync(new(id, body?.Version, context.Viewer().Name), ct) is { } moved
                ? TypedResults.Ok(moved)
                : TypedResults.NotFound())
            .WithSummary("Move a draft to a newer framework version (default: your organisation's chosen one). Judgements are carried indicator by indicator; those whose indicator was reworded, renumbered or removed are listed in toReview. Approved and submitted assessments keep their version (409).");

        group.MapGet("/{id:guid}/compare/{otherId:guid}", async Task<Results<Ok<AssessmentComparison>, NotFound>> (Guid id, Guid otherId, HttpContext context, VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            var a = await db.LoadAssessmentAsync(id, context.Viewer(), ct);
            var b = await db.LoadAssessmentAsync(otherId, context.Viewer(), ct);
            if (a is null || b is null)
            {
                return TypedResults.NotFound();
            }
            // Always older → newer, whatever order the caller named them in.
            var (from, to) = (a.AsOf, a.VersionNumber).CompareTo((b.AsOf, b.VersionNumber)) <= 0 ? (a, b) : (b, a);
            return TypedResults.Ok(AssessmentComparison.Compare(from, await frameworks.ForAsync(from, ct), to, await frameworks.ForAsync(to, ct)));
        }).WithSummary("What changed between two assessments, indicator by indicator, and how the profile moved (older → newer).");

        group.MapGet("/{id:guid}/export", async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> (Guid id, string? format, HttpContext context, VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, CancellationToken ct) =>
        {
            format = (format ?? "md").ToLowerInvariant();
            if (!AssessmentExporter.Formats.Contains(format))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be md, json or csv."] });
            }
            if (await db.LoadAssessmentAsync(id, context.Viewer(), ct) is not { } a)
            {
                return TypedResults.NotFound();
            }
            var framework = await frameworks.ForAsync(a, ct);
            var view = View(a, framework, context);
            var (content, contentType, extension) = AssessmentExporter.Export(view, framework, countries.Find(a.CountryIso3), format);
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(content), contentType, AssessmentExporter.FileName(view, extension));
        }).WithSummary("Download an assessment as md (for decision makers), json or csv (with HXL tags).")
        .Produces<AssessmentView>(StatusCodes.Status200OK, "application/json")
        .ProducesTextToo("text/markdown", "text/csv");

        group.MapGet("/{id:guid}/brief", (Guid id, string? format, string? lang, HttpContext context, VigilDb db, FrameworkCatalog frameworks, TimeProvider time, CancellationToken ct) =>
            BriefDownload.RespondAsync(format, lang, () => AssessmentBriefSource.LoadAsync(db, frameworks, id, context.Viewer(), ct), time))
        .WithSummary("Download an assessment's brief for decision makers as pdf (default), html or md, in en or zh (default: the UI language).")
        .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "text/html", "text/markdown");
    }

    private static async Task<Results<Ok<AssessmentView>, NotFound>> Respond(RiskAssessment? assessment, FrameworkCatalog frameworks, HttpContext context, CancellationToken ct) =>
        assessment is null ? TypedResults.NotFound() : TypedResults.Ok(View(assessment, await frameworks.ForAsync(assessment, ct), context));

    private static string? IfMatch(HttpContext context) =>
        context.Request.Headers.IfMatch.Count == 0 ? null : context.Request.Headers.IfMatch.ToString();

    /// <summary>412 as ProblemDetails, the current judgements in its "judgements" member.</summary>
    private static ProblemHttpResult Stale(StaleJudgementException stale)
    {
        var conflict = JudgementConflict.From(stale);
        return TypedResults.Problem(conflict.Detail, statusCode: conflict.Status, title: conflict.Title,
            extensions: new Dictionary<string, object?> { ["judgements"] = conflict.Judgements });
    }

    /// <summary>One indicator with its version (also set as the ETag) and the profile; null when the framework version has no such indicator.</summary>
    private static IndicatorAnswer? IndicatorAnswerOf(RiskAssessment assessment, FrameworkDefinition framework, string indicatorId, HttpContext context)
    {
        if (framework.FindIndicator(indicatorId) is not { } definition || framework.FactorOf(indicatorId) is not { } factor)
        {
            return null;
        }
        var version = JudgementVersion.Of(assessment.JudgementFor(indicatorId), definition.Gender);
        context.Response.Headers.ETag = JudgementVersion.Tag(version);
        return new IndicatorAnswer(AssessmentView.IndicatorOf(assessment, factor.Id, definition, ShowConfidential(assessment, context)), version,
            ProfileCalculator.Calculate(framework, assessment));
    }

    /// <summary>A factor's judgement as a whole with its version (also set as the ETag) and the profile; null when the framework version has no such factor.</summary>
    private static FactorAnswer? FactorAnswerOf(RiskAssessment assessment, FrameworkDefinition framework, string riskFactorId, HttpContext context)
    {
        if (framework.RiskFactors.All(f => f.Id != riskFactorId))
        {
            return null;
        }
        var version = JudgementVersion.Of(assessment.FactorJudgementFor(riskFactorId), false);
        context.Response.Headers.ETag = JudgementVersion.Tag(version);
        return new FactorAnswer(AssessmentView.FactorOf(assessment, riskFactorId, ShowConfidential(assessment, context)), version,
            ProfileCalculator.Calculate(framework, assessment));
    }

    private static bool ShowConfidential(RiskAssessment assessment, HttpContext context) =>
        context.Viewer().CanSeeConfidentialFields(assessment.OrganizationId);

    /// <summary>The published view, with Confidential fields only for those allowed to see them.</summary>
    private static AssessmentView View(RiskAssessment assessment, FrameworkDefinition framework, HttpContext context) =>
        AssessmentView.From(assessment, framework, ShowConfidential(assessment, context));
}
