using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Reports;
using static Vigil.App.Api.ReportDtos;

namespace Vigil.App.Api;

/// <summary>
/// Field reports: submit (monitors, reviewers, analysts, admins; idempotent by clientId), list and read as the caller may see them
/// (place coarsened per the organisation's policy, the reporter's identity only in a report's details for its organisation's
/// admins, analysts and reviewers), photos, and each organisation's location policy (admins).
/// </summary>
public static class ReportsApi
{
    public static void MapReports(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reports").WithTags("Field reports");
        group.ProducesRuleProblemsOnWrites();

        group.MapPost("/", async Task<Results<Created<ReportDto>, Ok<ReportDto>>> (SubmitBody body, HttpContext http, SubmitFieldReport submit,
            FieldReportQueries queries, CancellationToken ct) =>
        {
            var result = await submit.RunAsync(body.ToRequest(), ct);
            var view = await queries.DetailsAsync(result.Report.Id, http.Viewer(), ct);
            var dto = view is null ? null : ReportDto.From(view);
            return result.Created ? TypedResults.Created($"/api/v1/reports/{result.Report.Id}", dto) : TypedResults.Ok(dto);
        }).WithSummary("Submit a field report: { clientId, formId?, occurredAt, countryIso3, admin1?, latitude?, longitude?, text, harmed?: [{ sex: female|male|unknown, age: child|youth|adult|older|unknown, count }], reporter?: { name?, phone?, deviceId?, account? } } (also admin2?, perpetrator?, warningSigns?, hateSpeechSeen?, network?, channel?: web|api). 201 for a new report, 200 with the stored one when the clientId was sent before.")
            .WithDescription("Roles: admin, analyst, reviewer, monitor.");

        group.MapGet("/", async (string? country, string? status, string? from, string? to, string? network, string? admin1, int? limit, HttpContext http,
            FieldReportQueries queries, CancellationToken ct) =>
        {
            var filter = FieldReportFilter.Parse(country, status, from, to, network, admin1, limit);
            return TypedResults.Ok((await queries.ListAsync(http.Viewer(), filter, ct)).Select(ReportDto.From).ToList());
        }).WithSummary("The field reports you may see, newest first: ?country=ISO3, ?admin1=NAME (any case), ?status=unverified|verified|unconfirmed|false|duplicate, ?from=YYYY-MM-DD, ?to=YYYY-MM-DD (when it happened), ?network=womens-group|youth-group|religious-leader|community-monitor|other, ?limit (500; at most 2000). Places are coarsened as the owning organisation's policy says; no reporter identity.")
            .ProducesRuleProblems();

        group.MapGet("/{id:guid}", async Task<Results<Ok<ReportDto>, NotFound>> (Guid id, HttpContext http, FieldReportQueries queries, CancellationToken ct) =>
            await queries.DetailsAsync(id, http.Viewer(), ct) is { } view ? TypedResults.Ok(ReportDto.From(view)) : TypedResults.NotFound())
            .WithSummary("A field report; its reporter (name, phone, device, account) and the number of reports from the same reporter only for admins, analysts and reviewers of its organisation.");

        group.MapGet("/{id:guid}/photos/{photoId:guid}", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, Guid photoId, bool? original,
            HttpContext http, FieldReportQueries queries, ReportPhotos photos, CancellationToken ct) =>
        {
            var viewer = http.Viewer();
            if (await queries.FindAsync(id, viewer, ct) is not { } report || report.Attachments.FirstOrDefault(a => a.Id == photoId) is not { } photo)
            {
                return TypedResults.NotFound();
            }
            if (original == true)
            {
                return viewer.CanSeeConfidentialFields(report.OrganizationId)
                    ? TypedResults.File(await photos.ReadOriginalAsync(photo, ct), photo.ContentType)
                    : TypedResults.NotFound();
            }
            return TypedResults.File(await photos.ReadSharedAsync(photo, ct), photo.ContentType);
        }).Produces<byte[]>(StatusCodes.Status200OK, "image/jpeg", "image/png")
            .WithSummary("A report's photo with its metadata (GPS, device) stripped; ?original=true gives the photo as sent, for admins, analysts and reviewers of the report's organisation.");

        group.MapPost("/{id:guid}/photos", async Task<Results<Created<ReportDto>, Ok<ReportDto>, NotFound>> (Guid id, HttpContext http,
            AttachReportPhotos attach, FieldReportQueries queries, CancellationToken ct) =>
        {
            // Who may add comes before what was sent: a viewer gets 403, not a complaint about the body.
            if (await attach.FindTargetAsync(id, ct) is null)
            {
                return TypedResults.NotFound();
            }
            if (!http.Request.HasFormContentType)
            {
                throw new DomainRuleException("photo", "photo: send multipart/form-data with one or more JPEG or PNG photos.");
            }
            var form = await http.Request.ReadFormAsync(ct);
            if (await attach.RunAsync(new(id, await PhotoParts.ReadAsync(form.Files, ct)), ct) is not { } added)
            {
                return TypedResults.NotFound();
            }
            var dto = ReportDto.From((await queries.DetailsAsync(id, http.Viewer(), ct))!);
            return added > 0 ? TypedResults.Created($"/api/v1/reports/{id}", dto) : TypedResults.Ok(dto);
        }).WithSummary("Add photos to a report of your organisation: multipart/form-data, one or more JPEG or PNG parts (10 MB each). The copy others see has its metadata (GPS, device) stripped; the original is kept encrypted. A photo whose file name the report already has is not stored again (the web form names each photo by a client id): 201 when something was new, 200 when nothing was.")
            .WithDescription("Roles: admin, analyst, reviewer, monitor of the report's organisation.");

        var policy = app.MapGroup("/api/v1/reports-policy").WithTags("Field reports").RequireAuthorization(AdminPolicy.Name);
        policy.MapGet("/", async (HttpContext http, FieldReportQueries queries, CancellationToken ct) =>
        {
            var p = await queries.PolicyAsync(http.Viewer().OrganizationId, ct);
            return TypedResults.Ok(new PolicyDto(SubmissionFields.KebabOf(p.Mode.ToString()), p.GridKm));
        }).WithSummary("Your organisation's location policy for field reports: how places are shown to those not allowed the exact point.");
        policy.MapPut("/", async (PolicyBody body, SetLocationPolicy set, CancellationToken ct) =>
        {
            var mode = SubmissionFields.ParseChoice<LocationMode>(body.Mode ?? "", "mode", new Dictionary<string, LocationMode>());
            var p = await set.RunAsync(new(mode, body.GridKm ?? 5), ct);
            return TypedResults.Ok(new PolicyDto(SubmissionFields.KebabOf(p.Mode.ToString()), p.GridKm));
        }).WithSummary("Set your organisation's location policy: { mode: admin2|grid, gridKm?: 1–100 (default 5) }. Admins.")
            .ProducesRuleProblems();
    }
}
