namespace Vigil.Reports;

public sealed class SmsGatewayOptions
{
    /// <summary>The shared secret the gateway sends (HTTP Basic password, or Authorization: Bearer/Token); at least 16 characters.</summary>
    public string? Secret { get; init; }

    /// <summary>The organisation (name or id) that owns the reports arriving through this gateway.</summary>
    public string? Organization { get; init; }

    /// <summary>The language of the replies: en or zh-Hans.</summary>
    public string Language { get; init; } = "en";
}
