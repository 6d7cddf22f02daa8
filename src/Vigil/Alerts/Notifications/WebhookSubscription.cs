using System.Buffers.Text;
using System.Security.Cryptography;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// An endpoint that receives alert changes and the daily digest as signed JSON. The secret is Confidential
/// (encrypted at rest); it keys the HMAC-SHA256 signature in the X-Vigil-Signature header.
/// A disabled webhook is queued nothing and sent nothing; deleting one removes it with all its deliveries
/// (see <see cref="WebhookAdministration.DeleteAsync"/>).
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }
    public string Url { get; private set; } = "";
    public string? Secret { get; private set; }
    public bool Enabled { get; private set; }

    /// <summary>Alert changes up to this instant (UTC) have been queued for this endpoint.</summary>
    public DateTime QueuedThrough { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public static WebhookSubscription Create(string url, string secret, DateTime now, string by)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || url.Length > 1000)
        {
            throw new DomainRuleException("url", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.WebhookUrl)));
        }
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 16 || secret.Length > 200)
        {
            throw new DomainRuleException("secret", new ResourceText(AlertsDomainText.ResourceManager, nameof(AlertsDomainText.WebhookSecret)));
        }
        return new WebhookSubscription { Id = Guid.NewGuid(), Url = url, Secret = secret, Enabled = true, QueuedThrough = now, CreatedAt = now, CreatedBy = by };
    }

    /// <summary>A signing secret for a new webhook: 32 random bytes, base64url (43 characters).</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Stops queuing and sending. Deliveries already queued are held, not dropped, until the webhook is enabled again.</summary>
    public void Disable() => Enabled = false;

    /// <summary>
    /// Resumes deliveries. Alert changes made while the webhook was disabled are not queued for it: an admin who
    /// disabled an endpoint did not want them sent, and a backlog of stale changes would flood the receiver.
    /// Deliveries queued before it was disabled are sent.
    /// </summary>
    public void Enable(DateTime now)
    {
        if (Enabled)
        {
            return;
        }
        Enabled = true;
        QueuedThrough = now;
    }

    internal void QueuedUpTo(DateTime now) => QueuedThrough = now;
}
