using System.Security.Cryptography;
using System.Text;

namespace Vigil.Alerts.Notifications;

/// <summary>The X-Vigil-Signature header: "sha256=" and the lower-case hex HMAC-SHA256 of the UTF-8 body under the webhook's secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Vigil-Signature";

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public static bool Verify(string secret, string body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
