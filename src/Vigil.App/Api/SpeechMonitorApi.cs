using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Speech.Monitoring;
using static Vigil.App.Api.SpeechMonitorDtos;

namespace Vigil.App.Api;

public static class SpeechMonitorApi
{
    public static void MapSpeechMonitor(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/speech").WithTags("Speech monitoring");
        group.ProducesRuleProblemsOnWrites();

        group.MapPost("/posts", async (PostBatch body, HttpContext http, IngestPosts ingest, CountryCatalog countries, CancellationToken ct) =>
        {
            var posts = (body.Posts ?? throw new DomainRuleException("posts", "posts: a list of posts is required.")).Select((p, i) =>
            {
                if (p.ValueKind != JsonValueKind.Object)
                {
                    throw new DomainRuleException($"posts[{i}]", $"posts[{i}]: each post is a JSON object.");
                }
                try
                {
                    return PostFields.Read(name => PostFile.Value(p, name), body.Source, countries);
                }
                catch (DomainRuleException rule)
                {
                    throw new DomainRuleException($"posts[{i}].{rule.Field}", $"posts[{i}].{rule.Message}");
                }
            }).ToList();
            var classification = KebabCase.Parse<Classification>(body.Classification, "classification") ?? Classification.Internal;
            var outcome = await ingest.RunAsync(new(posts, classification), http.Viewer(), ct);
            return TypedResults.Ok(new IngestOutcome(outcome.Received, outcome.Stored, outcome.AlreadyStored, outcome.Classified));
        }).WithSummary("Ingest a batch of posts: { source?, classification?: public|internal|restricted|confidential, posts: [{ id, text, source?, lang?, platform?, author?, postedAt?, country?, admin1?, url?, followers?, shares? }] }. Idempotent by (source, id): a post sent again is counted as already stored.")
            .WithDescription("Roles: admin, analyst, monitor.");

        group.MapGet("/posts", async (string? country, bool? flagged, bool? classified, string? decision, int? limit, HttpContext http, SpeechPostQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.ListAsync(http.Viewer(), new(country, flagged, classified, KebabCase.Parse<RabatDecision>(decision, "decision"), limit), ct))
                .Select(p => PostDto.From(p, http.Viewer())).ToList()))
            .WithSummary("The posts you may see, newest first: ?country=ISO3, ?flagged=true, ?classified=false, ?decision=refer-to-platform, ?limit (default 100, at most 1000).");

        group.MapPost("/posts/reclassify", async (bool? all, HttpContext http, ReclassifyPosts reclassify, CancellationToken ct) =>
        {
            if (!IngestPosts.CanIngest(http.Viewer()) || http.Viewer().Role == Roles.Monitor)
            {
                throw new AccessDeniedException("Only admins and analysts classify stored posts again.");
            }
            return TypedResults.Ok(new { classified = await reclassify.RunAsync(all == true, ct) });
        }).WithSummary("Classify the posts stored while no model was ready (?all=true: every post again, after a new model). Answers { classified } (0 while no model is ready).")
            .WithDescription("Roles: admin, analyst.");

        group.MapGet("/posts/{id:guid}", async Task<Results<Ok<PostDto>, NotFound>> (Guid id, HttpContext http, SpeechPostQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, http.Viewer(), ct) is { } post ? TypedResults.Ok(PostDto.From(post, http.Viewer())) : TypedResults.NotFound())
            .WithSummary("A post with its verdict and reviews.");

        group.MapPost("/posts/{id:guid}/reviews", async Task<Results<Created<ReviewDto>, NotFound>> (Guid id, SpeechMonitorDtos.Review body, HttpContext http, ReviewPost review,
            CancellationToken ct) =>
            await review.RunAsync(body.ToRequest(id), http.Viewer(), ct) is { } done
                ? TypedResults.Created($"/api/v1/speech/posts/{id}", ReviewDto.From(done))
                : TypedResults.NotFound())
            .WithSummary("Review a post on the Rabat test: { context, speaker, intent, contentAndForm, extent, likelihood (each 0–3), decision: below-threshold|counter-speech|refer-to-platform|refer-to-authorities, notes?: { context?, … } }. The second review, by another reviewer, confirms or overturns the first; referring to the authorities needs every factor rated at least 2.")
            .WithDescription("Roles: admin, reviewer.");

        group.MapGet("/queue", async (bool? second, int? limit, string? country, HttpContext http, SpeechPostQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.QueueAsync(http.Viewer(), second == true, limit, ct, country)).Select(p => PostDto.From(p, http.Viewer())).ToList()))
            .WithSummary("The review queue, most dangerous first: flagged posts without a review (?second=true: with one review by someone else, awaiting confirmation; ?country=ISO3: of one country).");

        group.MapGet("/reviews/agreement", async (HttpContext http, SpeechPostQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.AgreementAsync(http.Viewer(), ct)))
            .WithSummary("Reviewer agreement over the posts reviewed twice that you may see: pairs, agreeing, share, Cohen's kappa.");

        group.MapGet("/referrals", async (string? platform, Guid? postId, HttpContext http, ReferralReport report, CancellationToken ct) =>
            TypedResults.Ok((await report.ListAsync(http.Viewer(), platform, postId, ct)).Select(ReferralDto.From).ToList()))
            .WithSummary("Referrals to platforms you may see, newest first: ?platform, ?postId.");

        group.MapPost("/referrals", async Task<Results<Created<ReferralDto>, NotFound>> (Referral body, HttpContext http, RecordReferral record, TimeProvider time, CancellationToken ct) =>
            await record.RunAsync(body.PostId ?? throw new DomainRuleException("postId", "postId: the referred post is required."),
                body.ToInput(time.GetUtcNow().UtcDateTime), http.Viewer(), ct) is { } r
                ? TypedResults.Created($"/api/v1/speech/referrals/{r.Id}", ReferralDto.From(r))
                : TypedResults.NotFound())
            .WithSummary("Record a referral: { postId, platform, referredAt? (ISO 8601 with offset; default now), reference?, answeredAt?, outcome?: removed|restricted|refused|no-answer }.")
            .WithDescription("Roles: admin, analyst, reviewer.");

        group.MapGet("/referrals/report", async (HttpContext http, ReferralReport report, CancellationToken ct) =>
            TypedResults.Ok((await report.MonthsAsync(http.Viewer(), ct)).Select(ReferralMonthDto.From).ToList()))
            .WithSummary("Per platform and month (of the referral, in UTC): referred, answered, removed within 24 hours and its share, median hours to an answer.");

        group.MapGet("/referrals/{id:guid}", async Task<Results<Ok<ReferralDto>, NotFound>> (Guid id, HttpContext http, ReferralReport report, CancellationToken ct) =>
            await report.GetAsync(id, http.Viewer(), ct) is { } r ? TypedResults.Ok(ReferralDto.From(r)) : TypedResults.NotFound())
            .WithSummary("A referral.");

        group.MapPut("/referrals/{id:guid}", async Task<Results<Ok<ReferralDto>, NotFound>> (Guid id, Referral body, HttpContext http, UpdateReferral update, TimeProvider time,
            CancellationToken ct) =>
            await update.RunAsync(id, body.ToInput(time.GetUtcNow().UtcDateTime), http.Viewer(), ct) is { } r ? TypedResults.Ok(ReferralDto.From(r)) : TypedResults.NotFound())
            .WithSummary("Record the platform's answer or correct a referral: { platform, referredAt, reference?, answeredAt?, outcome? }.")
            .WithDescription("Roles: admin, analyst, reviewer.");

        group.MapGet("/surges", async (string? country, HttpContext http, SurgeDetection surges, CancellationToken ct) =>
            TypedResults.Ok(SurgesDto.From(await surges.SeriesAsync(http.Viewer(), country, ct))))
            .WithSummary("Monthly hate and incitement volume per country, language and target group (?country=ISO3), from the posts you may see, with the months that surged.");

        group.MapPost("/surges/scan", async (HttpContext http, SurgeScan scan, CancellationToken ct) =>
        {
            if (!Alerts.RaiseAlerts.CanRaise(http.Viewer()))
            {
                throw new AccessDeniedException("Only admins and analysts store surge signals.");
            }
            return TypedResults.Ok((await scan.RunAsync(ct)).Select(SurgesDto.FindingDto).ToList());
        }).WithSummary("Detect surges over every stored post and store them as signals (origin speech) for alerts; answers the surges found.")
            .WithDescription("Roles: admin, analyst.");
    }
}
