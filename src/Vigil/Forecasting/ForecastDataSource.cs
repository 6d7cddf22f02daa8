using System.Security.Cryptography;
using System.Text;

namespace Vigil.Forecasting;

/// <summary>
/// Turns --data PATH_OR_URL into a local file: a path is used as is; an http(s) URL is downloaded
/// once into the data directory's cache (forecasting/) and read from there afterwards.
/// </summary>
public static class ForecastDataSource
{
    public const string CanonicalUrl =
        "https://raw.githubusercontent.com/EarlyWarningProject/2025-Statistical-Risk-Assessment/main/3.Modeling/prepared2024predictors-2025-09-03.csv";

    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static async Task<string> ResolveAsync(string source, string dataDirectory, HttpClient? http, CancellationToken cancellationToken)
    {
        if (!IsUrl(source))
        {
            return Path.GetFullPath(source);
        }
        var cache = CachePath(source, dataDirectory);
        if (File.Exists(cache))
        {
            return cache;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        var partial = cache + ".part";
        using var client = http is null ? new HttpClient { Timeout = TimeSpan.FromMinutes(5) } : null;
        try
        {
            using var response = await (http ?? client!).GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ForecastDataException(source, 0, null, $"download failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            await using (var file = File.Create(partial))
            {
                await response.Content.CopyToAsync(file, cancellationToken);
            }
            File.Move(partial, cache, overwrite: true);
            return cache;
        }
        catch (HttpRequestException ex)
        {
            throw new ForecastDataException(source, 0, null, $"download failed: {ex.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The cache file for a URL: its file name plus a short hash of the whole URL.</summary>
    public static string CachePath(string url, string dataDirectory)
    {
        var name = Path.GetFileName(new Uri(url).AbsolutePath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..12];
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        return Path.Combine(dataDirectory, "cache", "forecasting", $"{hash}-{(safe.Length == 0 ? "data.csv" : safe)}");
    }
}
