namespace Vigil.App.Hosting;

/// <summary>
/// The OpenRosa server's paths and headers (https://docs.getodk.org/openrosa/): ODK Collect, KoboCollect and Enketo
/// call them outside /api/v1, with HTTP Basic (<see cref="ApiKeyAuthenticationHandler"/>) and this version header.
/// </summary>
public static class OpenRosa
{
    public const string VersionHeader = "X-OpenRosa-Version";
    public const string Version = "1.0";
    public const string Realm = "Vigil";
    public const string XmlContentType = "text/xml; charset=utf-8";

    private static readonly string[] Paths = ["/formList", "/forms", "/submission"];

    public static bool IsOpenRosaPath(PathString path) => Paths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
