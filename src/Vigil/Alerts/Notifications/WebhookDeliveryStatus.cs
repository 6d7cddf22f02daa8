namespace Vigil.Alerts.Notifications;

/// <summary>Where a delivery stands: waiting for its next attempt, received (2xx), or given up after <see cref="WebhookDelivery.MaxAttempts"/> failures.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
