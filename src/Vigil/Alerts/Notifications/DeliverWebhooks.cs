using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Vigil.Storage;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// One pass of webhook notification: queues a delivery for every alert changed since each enabled webhook was
/// last queued, then posts every due delivery of an enabled webhook (signed, see <see cref="WebhookSignature"/>) and records the attempt;
/// a failure is retried later with exponential back-off (<see cref="WebhookDelivery.BackOff"/>).
/// </summary>
public sealed class DeliverWebhooks(IDbContextFactory<VigilDb> dbFactory, IHttpClientFactory httpFactory, TimeProvider time, ILogger<DeliverWebhooks> logger)
{
    public const string HttpClientName = "vigil-webhooks";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Outcome(int Queued, int Delivered, int Failed, int GaveUp);

    /// <summary>Deliveries claimed at a time: at the client's 15 s timeout a batch is sent well within <see cref="ClaimLease"/>.</summary>
    private const int Batch = 50;

    /// <summary>Batches per pass (500 deliveries, as before claims), so one pass ends and the next one queues again.</summary>
    private const int BatchesPerPass = 10;

    /// <summary>How long a claimed delivery is passed over by other instances; an instance that dies mid-batch has its claims retried after it.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var queued = 0;
        // Queueing reads and moves each webhook's QueuedThrough: two instances doing it at once would queue an alert twice.
        await using (var queueLock = await JobLock.TryAcquireAsync(db, "webhooks.queue", cancellationToken))
        {
            if (queueLock is not null)
            {
                // The time is read under the lock: a pass that waited behind another must not queue up to an earlier moment.
                queued = await QueueAlertChangesAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        var subscriptions = await db.Set<WebhookSubscription>().Where(w => w.Enabled).ToDictionaryAsync(s => s.Id, cancellationToken);
        int delivered = 0, failed = 0, gaveUp = 0;
        using var http = httpFactory.CreateClient(HttpClientName);
        for (var batch = 0; batch < BatchesPerPass; batch++)
        {
            var due = await ClaimDueAsync(db, now, cancellationToken);
            foreach (var delivery in due)
            {
                if (!subscriptions.TryGetValue(delivery.SubscriptionId, out var webhook))
                {
                    continue;
                }
                await SendAsync(http, webhook, delivery, cancellationToken);
                if (delivery.DeliveredAt is not null)
                {
                    delivered++;
                }
                else if (delivery.GaveUp)
                {
                    gaveUp++;
                }
                else
                {
                    failed++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            if (due.Count < Batch)
            {
                break;
            }
        }
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Webhooks: {Queued} queued, {Delivered} delivered, {Failed} to retry, {GaveUp} given up", queued, delivered, failed, gaveUp);
        }
        return new Outcome(queued, delivered, failed, gaveUp);
    }

    /// <summary>
    /// Takes the next due deliveries of enabled webhooks for this instance: their next attempt is moved
    /// <see cref="ClaimLease"/> ahead and committed before any is posted, so no other instance posts them too. On
    /// PostgreSQL the rows are read FOR UPDATE SKIP LOCKED, so an instance claiming at the same moment takes other rows
    /// instead of waiting or taking the same ones; SQLite has one instance and one writer.
    /// </summary>
    private static async Task<List<WebhookDelivery>> ClaimDueAsync(VigilDb db, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Deliveries of disabled webhooks are held in the queue; filtering them here, not after the limit, keeps a large
        // held backlog from crowding out the deliveries of enabled webhooks.
        var due = db.Database.IsNpgsql()
            ? await db.Set<WebhookDelivery>().FromSql($"""
                SELECT d.* FROM webhook_deliveries d JOIN webhook_subscriptions w ON w."Id" = d."SubscriptionId"
                WHERE w."Enabled" AND d."DeliveredAt" IS NULL AND NOT d."GaveUp" AND d."NextAttemptAt" <= {now}
                ORDER BY d."CreatedAt" LIMIT {Batch} FOR UPDATE OF d SKIP LOCKED
                """).ToListAsync(cancellationToken)
            : await db.Set<WebhookDelivery>().Where(d => d.DeliveredAt == null && !d.GaveUp && d.NextAttemptAt <= now
                    && db.Set<WebhookSubscription>().Where(w => w.Enabled).Select(w => w.Id).Contains(d.SubscriptionId))
                .OrderBy(d => d.CreatedAt).Take(Batch).ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            delivery.Claim(now + ClaimLease);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due;
    }

    private static async Task<int> QueueAlertChangesAsync(VigilDb db, DateTime now, CancellationToken cancellationToken)
    {
        var webhooks = await db.Set<WebhookSubscription>().Where(w => w.Enabled).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var webhook in webhooks)
        {
            var since = webhook.QueuedThrough;
            if (now <= since)
            {
                // Another instance, whose clock is ahead, queued past this moment; moving QueuedThrough back would queue twice.
                continue;
            }
            var changed = await db.Set<Alert>().AsNoTracking().Include(a => a.History).Where(a => a.UpdatedAt > since && a.UpdatedAt <= now)
                .OrderBy(a => a.UpdatedAt).ToListAsync(cancellationToken);
            foreach (var alert in changed)
            {
                db.Add(WebhookDelivery.Queue(webhook.Id, "alert", JsonSerializer.Serialize(AlertPayload.From(alert), Json), now));
                queued++;
            }
            webhook.QueuedUpTo(now);
        }
        return queued;
    }

    private async Task SendAsync(HttpClient http, WebhookSubscription webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(webhook.Secret ?? "", delivery.Payload));
            request.Headers.Add("X-Vigil-Delivery", delivery.Id.ToString());
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                delivery.Succeeded((int)response.StatusCode, now);
            }
            else
            {
                var status = (int)response.StatusCode;
                delivery.Failed(status, status is >= 300 and < 400 ? $"HTTP {status} (redirects are not followed)" : $"HTTP {status}", now);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivery.Failed(null, ex.Message, now);
            logger.LogWarning("Webhook {Url} failed (attempt {Attempt}): {Error}", webhook.Url, delivery.Attempts, ex.Message);
        }
    }
}
