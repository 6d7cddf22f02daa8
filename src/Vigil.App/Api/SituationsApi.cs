using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Documents;
using Vigil.App.Hosting;
using Vigil.Assessment;
using Vigil.Situations;
using Vigil.Situations.Options;
using Vigil.Storage;
using static Vigil.App.Api.SituationDtos;

namespace Vigil.App.Api;

public static class SituationsApi
{
    public static void MapSituations(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/situations").WithTags("Situations");
        // Every write runs the situation's rules (reason, dates, outcome) and the roles of the owning organisation (analysts, admins).
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async (string? country, string? status, bool? open, bool? overdue, HttpContext http, SituationQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.ListAsync(http.Viewer(), new(country, KebabCase.Parse<SituationStatus>(status, "status"), open, overdue), ct))
                .Select(SituationRowDto.From).ToList()))
            .WithSummary("The situations you may see, most serious status first: ?country=ISO3, ?status=watch|early-warning|early-action|crisis-response|sustained-engagement|closed, ?open=true|false, ?overdue=true (review date passed).");

        group.MapGet("/lag", async (HttpContext http, SituationQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.LagAsync(http.Viewer(), ct)))
            .WithSummary("Warning-to-action lag across the situations you may see: median days, shares acted on within 7 and 30 days, warnings never acted on.");

        group.MapPost("/", async (SituationRequests.Open body, HttpContext http, OpenSituation open, SituationQueries queries, CancellationToken ct) =>
        {
            var situation = await open.RunAsync(body.ToRequest(), ct);
            return TypedResults.Created($"/api/v1/situations/{situation.Id}", SituationDto.From((await queries.DetailsAsync(situation.Id, http.Viewer(), ct))!));
        }).WithSummary("Open a situation of concern: { countryIso3, title, summary?, classification?, areas?: [admin-1], reviewDue?, alertId? } (an alert is linked; its place is taken when none is given).")
            .WithDescription("Roles: admin, analyst.");

        group.MapGet("/{id:guid}", async Task<Results<Ok<SituationDto>, NotFound>> (Guid id, HttpContext http, SituationQueries queries, CancellationToken ct) =>
            await queries.DetailsAsync(id, http.Viewer(), ct) is { } d ? TypedResults.Ok(SituationDto.From(d)) : TypedResults.NotFound())
            .WithSummary("A situation: status, trend, warning-to-action lag, proposed options and uncovered risk factors, actions, alerts, reviews, coordination.");

        group.MapGet("/{id:guid}/brief", (Guid id, string? format, string? lang, HttpContext context, SituationQueries queries, VigilDb db, FrameworkCatalog frameworks, TimeProvider time, CancellationToken ct) =>
            BriefDownload.RespondAsync(format, lang, () => SituationBriefSource.LoadAsync(queries, db, frameworks, id, context.Viewer(), ct), time))
            .WithSummary("Download a situation's brief for decision makers as pdf (default), html or md, in en or zh (default: the UI language).")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "text/html", "text/markdown");

        group.MapPut("/{id:guid}", async (Guid id, SituationRequests.Describe body, HttpContext http, DescribeSituation describe, SituationQueries queries, CancellationToken ct) =>
            await Respond(await describe.RunAsync(new(id, body.Title, body.Summary, body.Areas ?? [], SituationRequests.OptionalDate(body.ReviewDue, "reviewDue"), body.Lead), ct), http, queries, ct))
            .WithSummary("Change the title, summary, areas, review date and designated lead: { title, summary?, areas?, reviewDue?, lead? }.");

        group.MapPost("/{id:guid}/status", async (Guid id, SituationRequests.StatusChange body, HttpContext http, ChangeSituationStatus change, SituationQueries queries, CancellationToken ct) =>
            await Respond(await change.RunAsync(new(id, KebabCase.Required<SituationStatus>(body.Status, "status"), body.Reason,
                ParseMoment(body.At, "at"), KebabCase.Parse<SituationOutcome>(body.Outcome, "outcome")), ct), http, queries, ct))
            .WithSummary("Change the status: { status, reason, at? (default now; back-dating allowed, never the future), outcome? (required to close: averted|limited|not-prevented|unclear) }.");

        group.MapPost("/{id:guid}/actions", async Task<Results<Created<SituationDto>, NotFound>> (Guid id, SituationRequests.Action body, HttpContext http, RecordAction record,
            SituationQueries queries, CancellationToken ct) =>
        {
            var commitments = (body.Commitments ?? []).Select((c, i) => c.ToDetails($"commitments[{i}]")).ToList();
            var recorded = await record.RunAsync(new(id, body.ToDetails(queries.Today), commitments), ct);
            return recorded is null
                ? TypedResults.NotFound()
                : TypedResults.Created($"/api/v1/situations/{id}", SituationDto.From((await queries.DetailsAsync(id, http.Viewer(), ct))!));
        }).WithSummary("Record an action: { actorKind, actorName, option (catalogue id), date, description, channel?, stance?: pressure|engagement|support, status?: planned|under-way|done|abandoned, until?, coordinatedWith? (actor names, ';'), commitments?: [{ text, party, due?, implemented?: yes|partly|no|not-yet-due, genderProvision? }] }.");

        group.MapPut("/{id:guid}/commitments/{commitmentId:guid}", async (Guid id, Guid commitmentId, SituationRequests.Implementation body, HttpContext http,
                RecordImplementation record, SituationQueries queries, CancellationToken ct) =>
            await Respond(await record.RunAsync(new(id, commitmentId, KebabCase.Required<CommitmentImplementation>(body.Implemented, "implemented")), ct), http, queries, ct))
            .WithSummary("Record how far a commitment is implemented: { implemented: yes|partly|no|not-yet-due }.");

        group.MapPost("/{id:guid}/reviews", async (Guid id, SituationRequests.Review body, HttpContext http, ReviewSituation review, SituationQueries queries, CancellationToken ct) =>
            await Respond(await review.RunAsync(new(id, body.WhatChanged, body.Decision, SituationRequests.OptionalDate(body.NextReview, "nextReview")), ct), http, queries, ct))
            .WithSummary("Record a review: { whatChanged, decision, nextReview? } (the next review date; past it the situation shows as overdue).");

        group.MapPost("/{id:guid}/trend", async (Guid id, SituationRequests.MonthTrend body, HttpContext http, MarkTrend mark, SituationQueries queries, CancellationToken ct) =>
            await Respond(await mark.RunAsync(new(id, ParseMonth(body.Month, "month"), KebabCase.Required<SituationTrend>(body.Trend, "trend"), body.Note), ct), http, queries, ct))
            .WithSummary("Mark a month's trend: { month: YYYY-MM, trend: deteriorated|unchanged|improved, note? }.");

        group.MapPost("/{id:guid}/links", async (Guid id, SituationRequests.Link body, HttpContext http, LinkRecord link, SituationQueries queries, CancellationToken ct) =>
            await Respond(await link.RunAsync(new(id, KebabCase.Required<LinkKind>(body.Kind, "kind"),
                body.TargetId ?? throw new DomainRuleException("targetId", "targetId is required.")), ct), http, queries, ct))
            .WithSummary("Link a record: { kind: alert|assessment|signal|field-report|speech, targetId }; a post (speech) you may not see answers 404.");

        var options = app.MapGroup("/api/v1/options").WithTags("Situations");
        options.MapGet("/", async (OptionCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok((await catalog.LatestAsync(ct)).Options.Select(OptionDto.From).ToList()))
            .WithSummary("The prevention options catalogue (latest version): [{ id, title: { en, zh }, riskFactors, reference }].");
        options.MapGet("/export", async (OptionCatalog catalog, CancellationToken ct) =>
            TypedResults.Text(OptionCatalogParser.Write(await catalog.LatestAsync(ct)), "application/json"))
            .WithSummary("The catalogue file (id, version, source, options), to edit and import as a new version.")
            .Produces<OptionCatalogDefinition>(StatusCodes.Status200OK, "application/json");
        options.MapPost("/", async Task<Results<Created<List<OptionDto>>, ProblemHttpResult>> (HttpRequest request, HttpContext http, OptionCatalog catalog, CancellationToken ct) =>
        {
            if (request.ContentLength > 1_000_000)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A catalogue file is at most 1 MB.");
            }
            using var reader = new StreamReader(request.Body);
            var saved = await catalog.SaveAsync(await reader.ReadToEndAsync(ct), "request body", http.Viewer().Name, ct);
            return TypedResults.Created("/api/v1/options", saved.Options.Select(OptionDto.From).ToList());
        })
        .RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem()
        .ProducesValidationProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Import a new version of the catalogue (JSON in the export's shape, with a new version). Options in use by actions must stay.")
        .WithDescription("Roles: admin.");
    }

    private static async Task<Results<Ok<SituationDto>, NotFound>> Respond(Situation? situation, HttpContext http, SituationQueries queries, CancellationToken ct) =>
        situation is not null && await queries.DetailsAsync(situation.Id, http.Viewer(), ct) is { } d ? TypedResults.Ok(SituationDto.From(d)) : TypedResults.NotFound();
}
