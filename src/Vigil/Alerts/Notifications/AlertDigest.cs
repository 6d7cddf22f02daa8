namespace Vigil.Alerts.Notifications;

/// <summary>The daily summary of alerts raised or escalated in the 24 hours before <see cref="CreatedAt"/>, as Markdown.</summary>
public sealed class AlertDigest
{
    private AlertDigest()
    {
    }

    public Guid Id { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int NewAlerts { get; private set; }
    public int EscalatedAlerts { get; private set; }
    public string Markdown { get; private set; } = "";

    public static AlertDigest Of(DateTime now, int newAlerts, int escalated, string markdown) =>
        new() { Id = Guid.NewGuid(), CreatedAt = now, NewAlerts = newAlerts, EscalatedAlerts = escalated, Markdown = markdown };
}
