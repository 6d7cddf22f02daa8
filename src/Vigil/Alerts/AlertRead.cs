namespace Vigil.Alerts;

/// <summary>That a user has opened an alert (its detail page); the inbox marks the rest unread.</summary>
public sealed class AlertRead
{
    private AlertRead()
    {
    }

    public Guid AlertId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTime ReadAt { get; private set; }

    public static AlertRead Of(Guid alertId, Guid userId, DateTime now) => new() { AlertId = alertId, UserId = userId, ReadAt = now };
}
