using System.ComponentModel.DataAnnotations;

namespace Vigil.Alerts.Notifications;

/// <summary>Section "Vigil:Notifications": how often the server delivers webhooks and checks the daily digest.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Vigil:Notifications";

    /// <summary>Whether the web server runs the notification job at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between passes (default one minute).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the job writes a digest once a day.</summary>
    public bool DailyDigest { get; set; } = true;
}
