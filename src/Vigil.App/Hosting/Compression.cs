using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace Vigil.App.Hosting;

/// <summary>
/// Response compression (Brotli, gzip; "optimal" level) for pages, JSON, CSV and assets, over HTTPS too — the
/// assessment editor is ~890 KB of HTML and ~32 KB in Brotli (measured: +5–15 ms per request), which matters on a slow link. Why this does not
/// open a BREACH hole, and the one kind of response kept uncompressed over HTTPS, is in decision 0011.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddVigilCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "text/csv", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// Sends this response uncompressed over HTTPS: for responses where people of other organisations can place
    /// text of their choosing beside text they may not read (an alert's history holds every organisation's notes),
    /// so its compressed length could leak the hidden text (BREACH).
    /// </summary>
    public static void KeepUncompressedOverHttps(this HttpContext context)
    {
        if (context.Features.Get<IHttpsCompressionFeature>() is { } feature)
        {
            feature.Mode = HttpsCompressionMode.DoNotCompress;
        }
    }
}
