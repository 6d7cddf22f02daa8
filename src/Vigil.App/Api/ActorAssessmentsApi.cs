using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Actors.Assessments;
using Vigil.App.Hosting;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class ActorAssessmentsApi
{
    public static void MapActorAssessments(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/actors/{actorId:guid}/assessments").WithTags("Actor assessments");
        // Every write runs the assessment's rules (drafts only, a second person to approve and to name, roles of the owning organisation).
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async Task<Results<Ok<IReadOnlyList<ActorAssessmentSummary>>, NotFound>> (Guid actorId, HttpContext context, VigilDb db, CancellationToken ct) =>
            await db.ActorVisibleAsync(actorId, context.Viewer(), ct)
                ? TypedResults.Ok(await db.ActorAssessmentsOfAsync(actorId, context.Viewer(), ct))
                : TypedResults.NotFound())
            .WithSummary("The actor's assessments you may see (title, date, version, status), newest first; 404 when the actor is not in your register.");

        group.MapPost("/", async Task<Results<Created<ActorAssessmentView>, NotFound>> (Guid actorId, ActorAssessmentRequests.Create body, HttpContext context,
            CreateActorAssessment create, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
        {
            var assessment = await create.RunAsync(body.ToRequest(actorId, context.Viewer().Name), ct);
            return assessment is null
                ? TypedResults.NotFound()
                : TypedResults.Created($"/api/v1/actors/{actorId}/assessments/{assessment.Id}", await ViewAsync(assessment, db, drafts, context, ct));
        }).WithSummary("Start a draft assessment of an actor in your register: { title, asOf, classification? } (default restricted); 404 for an actor you may not see.");

        group.MapGet("/{assessmentId:guid}", async Task<Results<Ok<ActorAssessmentView>, NotFound>> (Guid actorId, Guid assessmentId, HttpContext context,
                ActorAssessmentReader reader, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await reader.ReadAsync(actorId, assessmentId, ct) is { } a
                ? TypedResults.Ok(await ViewAsync(a, db, drafts, context, ct))
                : TypedResults.NotFound())
            .WithSummary("An actor assessment with its findings, their evidentiary standards, evidence, persons (Confidential), naming decision and history. Every read is audited.");

        group.MapPut("/{assessmentId:guid}/indicators/{indicatorId}", async (Guid actorId, Guid assessmentId, string indicatorId, ActorAssessmentRequests.Judgement body,
                HttpContext context, JudgeActorTarget judge, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await judge.RunAsync(new(assessmentId, indicatorId, false, body.ToRequest(), context.Viewer().Name), ct), db, drafts, context, ct))
            .WithSummary("Record an indicator of RF4, RF5, RF10, RF12 or RF13: { status, severity 1-3, trend, confidence, notes, standard: credible-information|reasonable-grounds|clear-and-convincing "
                + "(required when present), evidence: [{ kind: event|fieldReport|document, eventId, title, url|reference, date, reliability A-F, credibility 1-6 }] }. Evidence, when given, replaces the indicator's.");

        group.MapPut("/{assessmentId:guid}/factors/{riskFactorId}", async (Guid actorId, Guid assessmentId, string riskFactorId, ActorAssessmentRequests.Judgement body,
                HttpContext context, JudgeActorTarget judge, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await judge.RunAsync(new(assessmentId, riskFactorId, true, body.ToRequest(), context.Viewer().Name), ct), db, drafts, context, ct))
            .WithSummary("Judge one of the perpetrator factors (RF4, RF5, RF10, RF12, RF13) as a whole, with the indicator body's shape.");

        group.MapPost("/{assessmentId:guid}/evidence/{target}", async (Guid actorId, Guid assessmentId, string target, ActorAssessmentRequests.Evidence body,
                HttpContext context, AddActorEvidence add, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await add.RunAsync(new(assessmentId, target, body.ToRequest("evidence"), context.Viewer().Name), ct), db, drafts, context, ct))
            .WithSummary("Add one evidence item to an indicator (e.g. 12.1) or a factor (e.g. RF12): an event by its eventId, a field report or a document.");

        group.MapDelete("/{assessmentId:guid}/evidence/{evidenceId:guid}", async (Guid actorId, Guid assessmentId, Guid evidenceId,
                HttpContext context, RemoveActorEvidence remove, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await remove.RunAsync(new(assessmentId, evidenceId, context.Viewer().Name), ct), db, drafts, context, ct))
            .WithSummary("Remove an evidence item from a draft.");

        group.MapPost("/{assessmentId:guid}/individuals", async (Guid actorId, Guid assessmentId, ActorAssessmentRequests.Individual body,
                HttpContext context, AddActorIndividual add, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await add.RunAsync(new(assessmentId, body.Name ?? "", body.Role, body.Notes, context.Viewer().Name), ct), db, drafts, context, ct))
            .WithSummary("Name a person of the actor (a commander): { name, role, notes }. Confidential: encrypted at rest, shown only to analysts, reviewers and admins of the owning organisation.");

        group.MapPost("/{assessmentId:guid}/submit", async (Guid actorId, Guid assessmentId, HttpContext context, ActorAssessmentReview review, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await review.SubmitAsync(assessmentId, context.Viewer().Name, ct), db, drafts, context, ct))
            .WithSummary("Submit a draft for review.");

        group.MapPost("/{assessmentId:guid}/return", async (Guid actorId, Guid assessmentId, AssessmentRequests.Review? body, HttpContext context, ActorAssessmentReview review,
                VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await review.ReturnAsync(assessmentId, context.Viewer().Name, body?.Reason, ct), db, drafts, context, ct))
            .WithSummary("Send an assessment in review back to draft, with a reason.");

        group.MapPost("/{assessmentId:guid}/approve", async (Guid actorId, Guid assessmentId, HttpContext context, ActorAssessmentReview review,
                VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
            await RespondAsync(actorId, await review.ApproveAsync(assessmentId, context.Viewer().Name, ct), db, drafts, context, ct))
            .WithSummary("Approve an assessment in review: a reviewer or admin who neither wrote nor changed it.");

        group.MapPost("/{assessmentId:guid}/versions", async Task<Results<Created<ActorAssessmentView>, NotFound>> (Guid actorId, Guid assessmentId, AssessmentRequests.NextVersion? body,
                HttpContext context, StartNextActorVersion startNext, VigilDb db, ActorAssessmentDrafts drafts, CancellationToken ct) =>
        {
            var next = await startNext.RunAsync(new(assessmentId, context.Viewer().Name,
                string.IsNullOrWhiteSpace(body?.AsOf) ? null : AssessmentRequests.ParseDate(body.AsOf, "asOf")), ct);
            return next is null || next.ActorId != actorId
                ? TypedResults.NotFound()
                : TypedResults.Created($"/api/v1/actors/{actorId}/assessments/{next.Id}", await ViewAsync(next, db, drafts, context, ct));
        }).WithSummary("Start the next version of an approved actor assessment as a draft copy: { asOf? }.");

        group.MapPost("/{assessmentId:guid}/naming", async Task<Results<Created<ActorNamingStatus>, NotFound>> (Guid actorId, Guid assessmentId, ActorAssessmentRequests.Naming body,
                HttpContext context, NameActor name, VigilDb db, CancellationToken ct) =>
            await name.RunAsync(new(actorId, assessmentId, body.EvidenceIds ?? [], body.Reason, context.Viewer().Name), ct) is { } naming
                ? TypedResults.Created($"/api/v1/actors/{actorId}/naming", ActorNamingStatus.Of(naming, await db.RequiredStandardAsync(context.Viewer().OrganizationId, ct)))
                : TypedResults.NotFound())
            .WithSummary("Record the decision to name the actor on an approved assessment whose findings meet your organisation's required standard: { evidenceIds, reason }. "
                + "A reviewer or admin who neither wrote nor changed the assessment decides.");

        var actors = app.MapGroup("/api/v1/actors").WithTags("Actor assessments");
        actors.ProducesRuleProblemsOnWrites();

        actors.MapGet("/{actorId:guid}/naming", async Task<Results<Ok<ActorNamingStatus>, NotFound>> (Guid actorId, HttpContext context, VigilDb db, CancellationToken ct) =>
            await db.ActorVisibleAsync(actorId, context.Viewer(), ct)
                ? TypedResults.Ok(await db.NamingOfActorAsync(actorId, context.Viewer(), ct))
                : TypedResults.NotFound())
            .WithSummary("Whether the actor is named for you (a naming decision you may see, on an approved assessment meeting the required standard) and the standard your organisation requires; 404 when the actor is not in your register.");

        actors.MapGet("/evidentiary-standard", async (HttpContext context, VigilDb db, CancellationToken ct) =>
            TypedResults.Ok(new ActorAssessmentRequests.Standard(EvidentiaryStandards.Code(await db.RequiredStandardAsync(context.Viewer().OrganizationId, ct)))))
            .WithSummary("The evidentiary standard your organisation requires before naming an actor (default reasonable-grounds).");

        actors.MapPut("/evidentiary-standard", async (ActorAssessmentRequests.Standard body, HttpContext context, ChooseEvidentiaryStandard choose, CancellationToken ct) =>
        {
            var setting = await choose.RunAsync(new(EvidentiaryStandards.Parse(body.Required, "required"), context.Viewer().Name), ct);
            return TypedResults.Ok(new ActorAssessmentRequests.Standard(EvidentiaryStandards.Code(setting.Required)));
        }).WithSummary("Admins: set the standard your organisation requires before naming an actor: { required: credible-information|reasonable-grounds|clear-and-convincing }.")
        .RequireAuthorization(AdminPolicy.Name);
    }

    private static async Task<Results<Ok<ActorAssessmentView>, NotFound>> RespondAsync(Guid actorId, ActorAssessment? assessment, VigilDb db,
        ActorAssessmentDrafts drafts, HttpContext context, CancellationToken ct) =>
        assessment is null || assessment.ActorId != actorId ? TypedResults.NotFound() : TypedResults.Ok(await ViewAsync(assessment, db, drafts, context, ct));

    /// <summary>The published view, with the persons only for those allowed to see Confidential fields.</summary>
    private static async Task<ActorAssessmentView> ViewAsync(ActorAssessment assessment, VigilDb db, ActorAssessmentDrafts drafts, HttpContext context, CancellationToken ct)
    {
        var viewer = context.Viewer();
        var naming = await db.ActorNamings.VisibleTo(viewer).FirstOrDefaultAsync(n => n.AssessmentId == assessment.Id, ct);
        return ActorAssessmentView.From(assessment, await drafts.FrameworkOfAsync(assessment, ct), await db.RequiredStandardAsync(assessment.OrganizationId, ct), naming,
            viewer.CanSeeConfidentialFields(assessment.OrganizationId));
    }
}
