using System.Net.Http.Headers;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Reports;

namespace Vigil.App.Api;

/// <summary>
/// Inbound SMS webhooks: twilio (a form post: MessageSid, From, Body, NumSegments; Twilio joins the segments itself and replies with
/// TwiML), rapidpro (RapidPro/TextIt's flow webhook body: contact, input { uuid, urn, text }; reply as JSON) and generic (JSON
/// { id, from, text, part?, parts?, ref? }, parts joined here; reply as JSON). Each gateway is signed in by its own secret from
/// configuration (HTTP Basic password, or Authorization: Bearer/Token); a gateway without one does not exist (404).
/// </summary>
public static class SmsInboundApi
{
    public sealed record SmsReply(string Reply, Guid? ReportId, bool Repeated);

    public sealed record GenericSms(string? Id, string? From, string? Text, int? Part, int? Parts, string? Ref);

    public static void MapSmsInbound(this WebApplication app)
    {
        app.MapPost("/api/v1/sms/inbound/{gateway}", async (string gateway, HttpContext http, ReceiveSms receive, CancellationToken ct) =>
        {
            gateway = gateway.ToLowerInvariant();
            if (!SmsOptions.KnownGateways.Contains(gateway) || receive.Gateway(gateway) is not { } options)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No SMS gateway '{gateway}' is set up.");
            }
            if (!SecretMatches(http.Request, options.Secret!))
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"Vigil SMS\"";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong or missing gateway secret.");
            }
            var request = gateway switch
            {
                "twilio" => await TwilioAsync(http, ct),
                "rapidpro" => await RapidProAsync(http, ct),
                _ => await GenericAsync(http, ct),
            };
            var result = await receive.RunAsync(request, ct);
            return gateway == "twilio"
                ? Results.Content(result.Reply.Length == 0
                    ? """<?xml version="1.0" encoding="UTF-8"?><Response/>"""
                    : $"""<?xml version="1.0" encoding="UTF-8"?><Response><Message>{SecurityElement.Escape(result.Reply)}</Message></Response>""", "text/xml", Encoding.UTF8)
                : Results.Json(new SmsReply(result.Reply, result.ReportId, result.Repeated));
        }).AllowAnonymous().DisableAntiforgery().WithTags("Field reports")
            .WithSummary("An SMS from a gateway (twilio, rapidpro, generic), signed in by the gateway's secret. A report is 'VR <country> <admin-1> <what happened>' or ODK's compact record ('vr|c|SDN|w|…'); the reply (TwiML for twilio, JSON { reply, reportId, repeated } otherwise) acknowledges it. Redeliveries are answered alike and store nothing.")
            .Produces<SmsReply>(StatusCodes.Status200OK, "application/json", "text/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The secret as HTTP Basic's password (Twilio puts credentials in the webhook URL), or a Bearer/Token header; compared in constant time.</summary>
    private static bool SecretMatches(HttpRequest request, string secret)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header) || header.Parameter is null)
        {
            return false;
        }
        var given = header.Scheme.ToLowerInvariant() switch
        {
            "basic" => BasicPassword(header.Parameter),
            "bearer" or "token" => header.Parameter,
            _ => null,
        };
        return given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    private static string? BasicPassword(string parameter)
    {
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task<ReceiveSms.Request> TwilioAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            throw new DomainRuleException("MessageSid", "Twilio posts application/x-www-form-urlencoded (MessageSid, From, Body).");
        }
        var form = await http.Request.ReadFormAsync(ct);
        return new("twilio", form["MessageSid"].ToString(), form["From"].ToString(), form["Body"].ToString());
    }

    private static async Task<ReceiveSms.Request> RapidProAsync(HttpContext http, CancellationToken ct)
    {
        using var body = await ReadJsonAsync(http, ct);
        var root = body.RootElement;
        var input = root.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.Object ? i : default;
        var contact = root.TryGetProperty("contact", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        var id = String(input, "uuid") ?? throw new DomainRuleException("input.uuid", "input.uuid: required (the message's id).");
        var urn = String(input, "urn") ?? String(contact, "urn") ?? throw new DomainRuleException("input.urn", "input.urn: required (the sender).");
        return new("rapidpro", id, urn.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? urn[4..] : urn, String(input, "text") ?? "");
    }

    private static async Task<ReceiveSms.Request> GenericAsync(HttpContext http, CancellationToken ct)
    {
        GenericSms? sms;
        try
        {
            sms = await http.Request.ReadFromJsonAsync<GenericSms>(ct);
        }
        catch (JsonException)
        {
            throw new DomainRuleException("body", "body: JSON { id, from, text, part?, parts?, ref? }.");
        }
        if (sms is null)
        {
            throw new DomainRuleException("body", "body: JSON { id, from, text, part?, parts?, ref? }.");
        }
        return new("generic", sms.Id ?? "", sms.From ?? "", sms.Text ?? "", sms.Ref, sms.Part ?? 1, sms.Parts ?? 1);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            return await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            throw new DomainRuleException("body", "body: not JSON.");
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
