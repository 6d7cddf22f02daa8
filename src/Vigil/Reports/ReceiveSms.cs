using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>
/// Takes one SMS from a gateway. A redelivery (same gateway and message id) answers as the first time and stores nothing; the
/// parts of a concatenated message wait until all have come, then become one report; the reply goes back through the gateway.
/// </summary>
public sealed class ReceiveSms(IDbContextFactory<VigilDb> dbFactory, SubmitFieldReport submit, ReporterRecognition recognition, CurrentActor current,
    IOptionsMonitor<SmsOptions> options, TimeProvider time)
{
    public sealed record Request(string Gateway, string MessageId, string From, string Text, string? Reference = null, int Part = 1, int Parts = 1);

    /// <summary>The reply to send (empty: send nothing yet), and the report the message became.</summary>
    public sealed record Result(string Reply, Guid? ReportId, bool Repeated);

    public const int MaxParts = 10;

    public SmsGatewayOptions? Gateway(string name) =>
        options.CurrentValue.Gateways.TryGetValue(name, out var gateway) && !string.IsNullOrWhiteSpace(gateway.Secret) ? gateway : null;

    public async Task<Result> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var gateway = Gateway(request.Gateway) ?? throw new DomainRuleException("gateway", $"gateway: {request.Gateway} is not set up.");
        if (string.IsNullOrWhiteSpace(request.MessageId))
        {
            throw new DomainRuleException("id", "id: required (the gateway's message id).");
        }
        if (string.IsNullOrWhiteSpace(request.From))
        {
            throw new DomainRuleException("from", "from: required (the sender's number).");
        }
        if (request.Parts is < 1 or > MaxParts || request.Part < 1 || request.Part > request.Parts)
        {
            throw new DomainRuleException("part", $"part: {request.Part} of {request.Parts} is not a part of a message of at most {MaxParts} parts.");
        }
        var culture = CultureInfo.GetCultureInfo(gateway.Language == "zh-Hans" ? "zh-Hans" : "en");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.InboundSms.AsNoTracking().FirstOrDefaultAsync(s => s.Gateway == request.Gateway && s.MessageId == request.MessageId, cancellationToken) is { } seen)
        {
            return new(seen.Reply ?? "", seen.ReportId, true);
        }
        var organization = await OrganizationAsync(db, gateway, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var senderHash = await recognition.HashOfAsync("phone:" + (ReporterRecognition.NormalisePhone(request.From) ?? request.From.Trim()), cancellationToken);
        var reference = request.Parts > 1 ? request.Reference ?? throw new DomainRuleException("ref", "ref: required for a message in parts.") : null;
        var sms = new InboundSms(request.Gateway, request.MessageId.Trim(), organization, request.From.Trim(), senderHash, reference, request.Part,
            request.Parts, request.Text ?? "", now);
        db.InboundSms.Add(sms);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new("", null, true);
        }
        var parts = new List<InboundSms> { sms };
        if (reference is not null)
        {
            parts = await db.InboundSms.Where(s => s.Gateway == request.Gateway && s.SenderHash == senderHash && s.Reference == reference && s.ReportId == null)
                .ToListAsync(cancellationToken);
            if (parts.Select(p => p.Part).Distinct().Count() < request.Parts)
            {
                return new("", null, false);
            }
            parts = [.. parts.GroupBy(p => p.Part).Select(g => g.OrderBy(p => p.ReceivedAt).First()).OrderBy(p => p.Part)];
        }
        var whole = string.Concat(parts.Select(p => p.Text));
        var first = parts[0];
        string reply;
        Guid? reportId = null;
        try
        {
            var fields = SmsReportText.Read(whole, now);
            if (fields is null)
            {
                reply = Text(nameof(ReportsDomainText.SmsNotUnderstood), culture);
            }
            else
            {
                // The gateway acts for the organisation, as a monitor would: its reports are the organisation's, named by phone only.
                current.Set(new Viewer(Guid.Empty, "sms:" + request.Gateway, organization ?? Guid.Empty, Roles.Monitor, []), current.Address);
                var draft = fields.ToDraft(ReportChannel.Sms, $"sms:{request.Gateway}:{first.MessageId}");
                var result = await submit.RunAsync(new(draft, new ReporterIdentity(null, request.From.Trim(), null, null), whole, NameSubmitter: false), cancellationToken);
                reportId = result.Report.Id;
                reply = string.Format(culture, Text(nameof(ReportsDomainText.SmsReceived), culture), result.Report.Id.ToString("N")[..8]);
            }
        }
        catch (DomainRuleException e)
        {
            reply = string.Format(culture, Text(nameof(ReportsDomainText.SmsRefused), culture), e.Message);
        }
        foreach (var part in parts)
        {
            part.Complete(reportId, reply);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(reply, reportId, false);
    }

    private static string Text(string key, CultureInfo culture) => ReportsDomainText.ResourceManager.GetString(key, culture) ?? key;

    private static async Task<Guid?> OrganizationAsync(VigilDb db, SmsGatewayOptions gateway, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(gateway.Organization))
        {
            return null;
        }
        if (Guid.TryParse(gateway.Organization, out var id))
        {
            return id;
        }
        var name = gateway.Organization.Trim();
        return (await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Name == name, cancellationToken))?.Id
            ?? throw new DomainRuleException("gateway", $"gateway: the organisation '{name}' does not exist.");
    }
}
