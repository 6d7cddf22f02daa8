namespace Vigil.Alerts.Notifications;

/// <summary>A webhook as admins see it: never the secret; its deliveries counted by status.</summary>
public sealed record WebhookSummary(Guid Id, string Url, bool Enabled, DateTime CreatedAt, string CreatedBy, int Pending, int Delivered, int Failed)
{
    public static WebhookSummary From(WebhookSubscription w, int pending = 0, int delivered = 0, int failed = 0) =>
        new(w.Id, w.Url, w.Enabled, w.CreatedAt, w.CreatedBy, pending, delivered, failed);
}
