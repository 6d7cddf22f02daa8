using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.App.Hosting;
using Vigil.Storage;

namespace Vigil.App.Api;

/// <summary>Per-user unread count, webhook subscriptions (admin) and the daily digests, under /api/v1/alerts.</summary>
public static class AlertNotificationsApi
{
    public sealed record UnreadDto(int Unread);

    /// <summary>A webhook as shown back: never the secret. GaveUp counts the deliveries that failed for good.</summary>
    public sealed record WebhookDto(Guid Id, string Url, bool Enabled, DateTime CreatedAt, string CreatedBy, int Pending, int Delivered, int GaveUp)
    {
        public static WebhookDto From(WebhookSummary w) => new(w.Id, w.Url, w.Enabled, w.CreatedAt, w.CreatedBy, w.Pending, w.Delivered, w.Failed);
    }

    /// <summary>The answer to adding a webhook: the only response that carries its signing secret.</summary>
    public sealed record CreatedWebhookDto(Guid Id, string Url, bool Enabled, DateTime CreatedAt, string CreatedBy, string Secret);

    /// <summary>One delivery: no payload. NextAttemptAt only while pending.</summary>
    public sealed record DeliveryDto(Guid Id, string Kind, WebhookDeliveryStatus Status, DateTime CreatedAt, int Attempts, int? LastStatusCode,
        string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt)
    {
        public static DeliveryDto From(WebhookDelivery d) => new(d.Id, d.Kind, d.Status, d.CreatedAt, d.Attempts, d.LastStatusCode, d.LastError,
            d.Pending ? d.NextAttemptAt : null, d.DeliveredAt);
    }

    public sealed record DigestDto(Guid Id, DateTime CreatedAt, int NewAlerts, int EscalatedAlerts, string Markdown);

    public sealed class WebhookRequest
    {
        [Required, Url, MaxLength(1000)]
        public string Url { get; init; } = "";

        /// <summary>Optional: without one, Vigil makes a random secret and returns it once.</summary>
        [StringLength(200, MinimumLength = 16)]
        public string? Secret { get; init; }
    }

    public static void MapAlertNotifications(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/alerts").WithTags("Alerts");
        group.MapGet("/unread-count", async (HttpContext http, AlertReads reads, CancellationToken ct) =>
            TypedResults.Ok(new UnreadDto(await reads.UnreadCountAsync(http.Viewer().UserId, ct))))
            .WithSummary("Open alerts the signed-in user has not opened yet.");
        group.MapGet("/digests", async (VigilDb db, CancellationToken ct) => TypedResults.Ok(await db.Set<AlertDigest>().AsNoTracking()
            .OrderByDescending(d => d.CreatedAt).Take(30).Select(d => new DigestDto(d.Id, d.CreatedAt, d.NewAlerts, d.EscalatedAlerts, d.Markdown)).ToListAsync(ct)))
            .WithSummary("The last 30 daily digests, newest first.");

        // Webhooks send alert data out of Vigil: only admins see or add them.
        var webhooks = group.MapGroup("/webhooks").RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name);
        webhooks.MapGet("/", async (WebhookAdministration admin, CancellationToken ct) =>
            TypedResults.Ok((await admin.ListAsync(ct)).Select(WebhookDto.From).ToList()))
            .WithSummary("Webhook subscriptions with their delivery counts, never their secrets (admin).");
        webhooks.MapPost("/", async (WebhookRequest request, HttpContext http, WebhookAdministration admin, CancellationToken ct) =>
        {
            var (w, secret) = await admin.AddAsync(request.Url, request.Secret, http.Viewer().Name, ct);
            return TypedResults.Created($"/api/v1/alerts/webhooks/{w.Id}", new CreatedWebhookDto(w.Id, w.Url, w.Enabled, w.CreatedAt, w.CreatedBy, secret));
        }).WithSummary("Adds a webhook (admin): alert changes and daily digests are POSTed to the URL, signed with HMAC-SHA256 of the body under the secret "
            + "in X-Vigil-Signature. Without a secret in the request one is generated; the response is the only place it is shown.")
            .ProducesValidationProblem();
        webhooks.MapPost("/{id:guid}/disable", async Task<Results<Ok<WebhookDto>, NotFound>> (Guid id, WebhookAdministration admin, CancellationToken ct) =>
            await admin.DisableAsync(id, ct) is { } w ? TypedResults.Ok(WebhookDto.From(w)) : TypedResults.NotFound())
            .WithSummary("Stops a webhook (admin): nothing new is queued for it and its queued deliveries are held until it is enabled.");
        webhooks.MapPost("/{id:guid}/enable", async Task<Results<Ok<WebhookDto>, NotFound>> (Guid id, WebhookAdministration admin, CancellationToken ct) =>
            await admin.EnableAsync(id, ct) is { } w ? TypedResults.Ok(WebhookDto.From(w)) : TypedResults.NotFound())
            .WithSummary("Resumes a webhook (admin): held deliveries are sent; alert changes made while it was disabled are not.");
        webhooks.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, WebhookAdministration admin, CancellationToken ct) =>
            await admin.DeleteAsync(id, ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes a webhook and all its deliveries, pending or not (admin). The audit log keeps who deleted which URL.");
        webhooks.MapGet("/{id:guid}/deliveries", async Task<Results<Ok<List<DeliveryDto>>, NotFound>> (Guid id, int? limit, WebhookAdministration admin, CancellationToken ct) =>
            await admin.RecentDeliveriesAsync(id, limit ?? 20, ct) is { } list ? TypedResults.Ok(list.Select(DeliveryDto.From).ToList()) : TypedResults.NotFound())
            .WithSummary("A webhook's latest deliveries, newest first (admin): ?limit=1..200, default 20; status pending, delivered or failed (given up), "
                + "attempts, last HTTP status and error, next attempt.")
            .ProducesValidationProblem();
        webhooks.MapPost("/deliver", async (DeliverWebhooks deliver, CancellationToken ct) => TypedResults.Ok(await deliver.RunAsync(ct)))
            .WithSummary("Runs one delivery pass now (admin): queues alert changes and sends due deliveries.");
        // Said once for the group: the admin policy answers 403 (ProblemDetails) to anyone else.
        webhooks.ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
