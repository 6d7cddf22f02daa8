namespace Vigil.Alerts.Notifications;

/// <summary>
/// One payload for one webhook and its delivery attempts: retried with exponential back-off
/// (<see cref="FirstRetry"/> doubled each time) until delivered or <see cref="MaxAttempts"/> failures.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxAttempts = 6;
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid SubscriptionId { get; private set; }

    /// <summary>"alert" or "digest".</summary>
    public string Kind { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public bool GaveUp { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }

    public bool Pending => DeliveredAt is null && !GaveUp;

    public WebhookDeliveryStatus Status =>
        DeliveredAt is not null ? WebhookDeliveryStatus.Delivered : GaveUp ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;

    public static WebhookDelivery Queue(Guid subscriptionId, string kind, string payload, DateTime now) => new()
    {
        Id = Guid.NewGuid(), SubscriptionId = subscriptionId, Kind = kind, Payload = payload, CreatedAt = now, NextAttemptAt = now,
    };

    /// <summary>Taken by one instance for a pass: others pass it over until <paramref name="until"/> (the attempt's outcome sets the next one).</summary>
    public void Claim(DateTime until) => NextAttemptAt = until;

    public void Succeeded(int statusCode, DateTime now)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = null;
        DeliveredAt = now;
    }

    public void Failed(int? statusCode, string error, DateTime now)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= MaxAttempts)
        {
            GaveUp = true;
            return;
        }
        NextAttemptAt = now + BackOff(Attempts);
    }

    /// <summary>Wait after the n-th failed attempt: 1, 2, 4, 8, 16 minutes.</summary>
    public static TimeSpan BackOff(int failedAttempts) => FirstRetry * Math.Pow(2, failedAttempts - 1);
}
