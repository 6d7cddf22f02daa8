using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Storage;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// What admins do with webhooks, from the API and the /alerts/webhooks page alike: list with delivery counts, add
/// (the secret is returned here once and never again), disable, enable, delete, and read recent deliveries.
/// Every change is saved through the scoped <see cref="VigilDb"/>, so the audit interceptor names the admin.
/// </summary>
public sealed class WebhookAdministration(VigilDb db, TimeProvider time, IOptions<WebhookOptions> options)
{
    public const int MaxRecentDeliveries = 200;

    /// <summary>A new webhook and its signing secret in plain text: the only time the secret leaves the database.</summary>
    public sealed record Added(WebhookSummary Webhook, string Secret);

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(null, cancellationToken);
        var webhooks = await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(w => w.CreatedAt).ToListAsync(cancellationToken);
        return webhooks.Select(w => Summarize(w, counts)).ToList();
    }

    /// <summary>
    /// Adds a webhook; with no <paramref name="secret"/> a random one is made (<see cref="WebhookSubscription.NewSecret"/>).
    /// A URL whose host is a private address or localhost is refused now, unless allowed, so the admin hears of it
    /// at once; a host name is checked at every delivery (<see cref="WebhookTargetGuard"/>).
    /// </summary>
    public async Task<Added> AddAsync(string url, string? secret, string by, CancellationToken cancellationToken)
    {
        secret = string.IsNullOrEmpty(secret) ? WebhookSubscription.NewSecret() : secret;
        var webhook = WebhookSubscription.Create(url.Trim(), secret, time.GetUtcNow().UtcDateTime, by);
        if (!options.Value.AllowPrivateAddresses && IsPrivateHost(new Uri(webhook.Url)))
        {
            throw new DomainRuleException("url", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.WebhookPrivateAddress)));
        }
        db.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return new Added(WebhookSummary.From(webhook), secret);
    }

    /// <summary>Null when there is no such webhook.</summary>
    public Task<WebhookSummary?> DisableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, w => w.Disable(), cancellationToken);

    /// <summary>Null when there is no such webhook.</summary>
    public Task<WebhookSummary?> EnableAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, w => w.Enable(time.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>
    /// Deletes the webhook and, by the database's cascade, every delivery of it (pending or not); returns how many
    /// deliveries went with it, or null when there is no such webhook.
    /// Why not a soft delete: the secret is a credential that signs what the receiver trusts, and the pending
    /// payloads are copies of alert data bound for an endpoint nobody wants any more; keeping either serves no one.
    /// Who deleted which URL, and when, stays in the audit log (the secret redacted there). An admin who wants
    /// to keep the delivery history disables the webhook instead.
    /// </summary>
    public async Task<int?> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<WebhookSubscription>().FindAsync([id], cancellationToken);
        if (webhook is null)
        {
            return null;
        }
        var deliveries = await db.Set<WebhookDelivery>().CountAsync(d => d.SubscriptionId == id, cancellationToken);
        db.Remove(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The webhook's latest <paramref name="count"/> deliveries, newest first; null when there is no such webhook.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>?> RecentDeliveriesAsync(Guid id, int count, CancellationToken cancellationToken)
    {
        if (count is < 1 or > MaxRecentDeliveries)
        {
            throw new DomainRuleException("limit", $"Ask for 1 to {MaxRecentDeliveries} deliveries.");
        }
        if (!await db.Set<WebhookSubscription>().AnyAsync(w => w.Id == id, cancellationToken))
        {
            return null;
        }
        return await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt).Take(count).ToListAsync(cancellationToken);
    }

    private async Task<WebhookSummary?> ChangeAsync(Guid id, Action<WebhookSubscription> change, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<WebhookSubscription>().FindAsync([id], cancellationToken);
        if (webhook is null)
        {
            return null;
        }
        change(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return Summarize(webhook, await CountsAsync(id, cancellationToken));
    }

    private static bool IsPrivateHost(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && WebhookTargetGuard.IsPrivate(address));

    private sealed record Counts(Guid Id, int Pending, int Delivered, int Failed);

    private async Task<Dictionary<Guid, Counts>> CountsAsync(Guid? only, CancellationToken cancellationToken) =>
        await db.Set<WebhookDelivery>().Where(d => only == null || d.SubscriptionId == only).GroupBy(d => d.SubscriptionId)
            .Select(g => new Counts(g.Key, g.Count(d => d.DeliveredAt == null && !d.GaveUp), g.Count(d => d.DeliveredAt != null), g.Count(d => d.GaveUp)))
            .ToDictionaryAsync(c => c.Id, cancellationToken);

    private static WebhookSummary Summarize(WebhookSubscription w, Dictionary<Guid, Counts> counts) =>
        counts.TryGetValue(w.Id, out var c) ? WebhookSummary.From(w, c.Pending, c.Delivered, c.Failed) : WebhookSummary.From(w);
}
