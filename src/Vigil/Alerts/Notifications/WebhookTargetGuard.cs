using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// Keeps webhook deliveries off the network Vigil runs in unless <see cref="WebhookOptions.AllowPrivateAddresses"/>:
/// the connection step of the delivery client resolves the host itself, refuses it when any address is not public,
/// and connects only to the addresses it checked, so a DNS answer that changes between check and connect
/// (DNS rebinding) cannot slip a private address through. Saving a webhook checks literal addresses as well
/// (<see cref="WebhookAdministration.AddAsync"/>), but only this check at delivery time is binding: DNS can change.
/// </summary>
public sealed class WebhookTargetGuard(IOptionsMonitor<WebhookOptions> options)
{
    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook delivery client.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!options.CurrentValue.AllowPrivateAddresses && addresses.FirstOrDefault(IsPrivate) is { } refused)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"Refused: {host} resolves to {refused}, a loopback, private or link-local address; set {WebhookOptions.Section}:AllowPrivateAddresses to true to allow it.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True for loopback, RFC 1918, CGNAT 100.64/10, link-local, unspecified (0/8, ::), fc00::/7 and fec0::/10.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10
                || (b[0] == 100 && (b[1] & 0xC0) == 64)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168);
        }
        return address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
    }
}
