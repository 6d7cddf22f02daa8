namespace Vigil.Reports;

/// <summary>
/// The SMS gateways that may post reports (section Vigil:Sms), e.g. Vigil__Sms__Gateways__twilio__Secret. A gateway without a
/// secret is switched off: there is no default secret.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Vigil:Sms";

    public static readonly string[] KnownGateways = ["twilio", "rapidpro", "generic"];

    public Dictionary<string, SmsGatewayOptions> Gateways { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
