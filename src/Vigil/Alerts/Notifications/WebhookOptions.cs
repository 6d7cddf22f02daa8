namespace Vigil.Alerts.Notifications;

/// <summary>Section "Vigil:Webhooks": where webhooks may be delivered.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Vigil:Webhooks";

    /// <summary>
    /// Whether a webhook may target a loopback, private (RFC 1918, fc00::/7), link-local, CGNAT (100.64/10) or
    /// unspecified address. Off by default: a webhook URL is typed by an admin, and without this check it would
    /// let Vigil post into the network it runs in (its own database, a cloud metadata service). Turn it on for a
    /// receiver on the same host or the internal network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
