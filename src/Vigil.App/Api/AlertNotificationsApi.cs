using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

/// <summary>Per-user unread count, webhook subscriptions (admin) and the daily digests, under /api/v1/alerts.</summary>
public static class AlertNotificationsApi
{
    public sealed record UnreadDto(int Unread);

    /// <summary>A webhook as shown back: never the secret.</summary>
    public sealed record WebhookDto(Guid Id, string Url, bool Enabled, DateTime CreatedAt, string CreatedBy, int Pending, int Delivered, int GaveUp);

    public sealed record DigestDto(Guid Id, DateTime CreatedAt, int NewAlerts, int EscalatedAlerts, string Markdown);

    public sealed class WebhookRequest
    {
        [Required, Url, MaxLength(1000)]
        public string Url { get; init; } = "";

        [Required, StringLength(200, MinimumLength = 16)]
        public string Secret { get; init; } = "";
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
        var webhooks = group.MapGroup("/webhooks").AddEndpointFilter(async (context, next) =>
            context.HttpContext.Viewer().Role == Roles.Admin ? await next(context) : TypedResults.Forbid());
        webhooks.MapGet("/", async (VigilDb db, CancellationToken ct) =>
        {
            var counts = await db.Set<WebhookDelivery>().GroupBy(d => d.SubscriptionId).Select(g => new
            {
                Id = g.Key,
                Pending = g.Count(d => d.DeliveredAt == null && !d.GaveUp),
                Delivered = g.Count(d => d.DeliveredAt != null),
                GaveUp = g.Count(d => d.GaveUp),
            }).ToDictionaryAsync(c => c.Id, ct);
            var list = await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(w => w.CreatedAt).ToListAsync(ct);
            return TypedResults.Ok(list.Select(w => counts.TryGetValue(w.Id, out var c)
                ? new WebhookDto(w.Id, w.Url, w.Enabled, w.CreatedAt, w.CreatedBy, c.Pending, c.Delivered, c.GaveUp)
                : new WebhookDto(w.Id, w.Url, w.Enabled, w.CreatedAt, w.CreatedBy, 0, 0, 0)).ToList());
        }).WithSummary("Webhook subscriptions with their delivery counts (admin).");
        webhooks.MapPost("/", async (WebhookRequest request, HttpContext http, VigilDb db, TimeProvider time, CancellationToken ct) =>
        {
            var webhook = WebhookSubscription.Create(request.Url, request.Secret, time.GetUtcNow().UtcDateTime, http.Viewer().Name);
            db.Add(webhook);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/alerts/webhooks/{webhook.Id}", new WebhookDto(webhook.Id, webhook.Url, webhook.Enabled, webhook.CreatedAt, webhook.CreatedBy, 0, 0, 0));
        }).WithSummary("Adds a webhook: alert changes and daily digests are POSTed to the URL, signed with HMAC-SHA256 of the body under the secret in X-Vigil-Signature (admin).");
        webhooks.MapPost("/deliver", async (DeliverWebhooks deliver, CancellationToken ct) => TypedResults.Ok(await deliver.RunAsync(ct)))
            .WithSummary("Runs one delivery pass now (admin): queues alert changes and sends due deliveries.");
    }
}
