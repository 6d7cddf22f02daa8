using Vigil.Security;

namespace Vigil.Reports;

/// <summary>
/// One SMS a gateway delivered, kept so a redelivery (same gateway, same message id) changes nothing and so the parts of a
/// concatenated message can be joined once all have come. The sender is Confidential; its keyed hash groups the parts.
/// </summary>
public sealed class InboundSms
{
    public const int TextMaxLength = 2000;

    private InboundSms()
    {
    }

    public InboundSms(string gateway, string messageId, Guid? organizationId, string sender, string senderHash, string? reference, int part, int parts,
        string text, DateTime now)
    {
        Id = Guid.NewGuid();
        Gateway = gateway;
        MessageId = messageId.Length > 200 ? throw new DomainRuleException("id", "id: longer than 200 characters.") : messageId;
        OrganizationId = organizationId;
        Classification = Classification.Confidential;
        Sender = sender;
        SenderHash = senderHash;
        Reference = reference;
        Part = part;
        Parts = parts;
        Text = text.Length > TextMaxLength ? throw new DomainRuleException("text", $"text: longer than {TextMaxLength} characters.") : text;
        ReceivedAt = now;
    }

    public Guid Id { get; private set; }
    public string Gateway { get; private set; } = "";
    public string MessageId { get; private set; } = "";
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string? Sender { get; private set; }
    public string SenderHash { get; private set; } = "";

    /// <summary>The concatenation reference shared by the parts of one long message; null for a single SMS.</summary>
    public string? Reference { get; private set; }
    public int Part { get; private set; }
    public int Parts { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The report the message (with its other parts) became; null while parts are missing or when it was not a report.</summary>
    public Guid? ReportId { get; private set; }

    /// <summary>The reply sent back, kept so a redelivery answers the same.</summary>
    public string? Reply { get; private set; }

    public void Complete(Guid? reportId, string reply)
    {
        ReportId = reportId;
        Reply = reply.Length > 500 ? reply[..500] : reply;
    }
}
