using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Vigil.App.Hosting;

/// <summary>
/// Behind a reverse proxy (several instances behind a load balancer), the client's address and scheme arrive in
/// X-Forwarded-For and X-Forwarded-Proto. They are believed only from the proxies named in <see cref="Setting"/>
/// (addresses or CIDR networks, comma-separated): sign-in rate limits and the audit trail then see the client, and
/// HTTPS redirection sees the TLS the proxy ended. Without the setting the headers are ignored, as anyone can send them.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Vigil:TrustedProxies";

    public static void AddVigilTrustedProxies(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // One proxy in front of Vigil is usual; a chain of them appends one address each.
            o.ForwardLimit = null;
            foreach (var entry in configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    o.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an IP address nor a CIDR network (e.g. 10.0.0.5 or 10.0.0.0/24).");
                }
            }
        });
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static void UseVigilTrustedProxies(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[Setting]))
        {
            app.UseForwardedHeaders();
        }
    }
}
