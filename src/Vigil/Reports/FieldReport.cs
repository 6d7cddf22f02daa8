using Vigil.Security;

namespace Vigil.Reports;

/// <summary>
/// What a community monitor saw, as it arrived by web form, ODK/Kobo (OpenRosa), SMS, CSV import or the API. The client's id
/// (an OpenRosa instanceID, the web form's generated id, the gateway's message id) is unique per organisation, so a resend
/// never makes a second report. Who sent it is Confidential; a keyed hash of it recognises a repeat reporter.
/// </summary>
public sealed class FieldReport
{
    public const int ClientIdMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int PlaceMaxLength = 200;
    public const int IdentityMaxLength = 200;

    private readonly List<HarmCount> _harmed = [];
    private readonly List<FieldReportAttachment> _attachments = [];

    private FieldReport()
    {
    }

    public Guid Id { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string ClientId { get; private set; } = "";
    public string? FormId { get; private set; }
    public string? FormVersion { get; private set; }
    public ReportChannel Channel { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public string CountryIso3 { get; private set; } = "";
    public string? Admin1 { get; private set; }
    public string? Admin2 { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string Text { get; private set; } = "";
    public PerpetratorKind? Perpetrator { get; private set; }

    /// <summary>Framework indicator ids of the warning signs seen, separated by semicolons.</summary>
    public string WarningSigns { get; private set; } = "";
    public bool HateSpeechSeen { get; private set; }
    public ReporterNetwork? Network { get; private set; }
    public ReportStatus Status { get; private set; }

    public string? ReporterName { get; private set; }
    public string? ReporterPhone { get; private set; }
    public string? ReporterDeviceId { get; private set; }
    public string? ReporterAccount { get; private set; }

    /// <summary>HMAC-SHA256 (hex) of the reporter's phone, else device, else account, under the store's reporter key; null when anonymous.</summary>
    public string? ReporterHash { get; private set; }

    /// <summary>The submission as received (OpenRosa XML, SMS body, CSV row, JSON): Confidential, it may name the reporter.</summary>
    public string? RawSubmission { get; private set; }

    public IReadOnlyList<HarmCount> Harmed => _harmed;
    public IReadOnlyList<FieldReportAttachment> Attachments => _attachments;

    public IReadOnlyList<string> WarningSignList => WarningSigns.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public ReporterIdentity Reporter => new(ReporterName, ReporterPhone, ReporterDeviceId, ReporterAccount);

    public bool HasPoint => Latitude is not null && Longitude is not null;

    public static FieldReport Receive(FieldReportDraft draft, Guid? organizationId, Classification classification, ReporterIdentity reporter,
        string? reporterHash, string? rawSubmission, DateTime now)
    {
        if (!Enum.IsDefined(classification))
        {
            throw new DomainRuleException("classification", $"classification: {(int)classification} is not a classification.");
        }
        if (!Enum.IsDefined(draft.Channel))
        {
            throw new DomainRuleException("channel", $"channel: {(int)draft.Channel} is not a channel.");
        }
        if (draft.OccurredAt.Kind != DateTimeKind.Utc)
        {
            throw new DomainRuleException("occurredAt", "occurredAt: give the time with its offset or in UTC (e.g. 2026-03-01T14:00:00Z).");
        }
        // A phone's clock may run ahead; a day covers time zones and drift, more is a mistake.
        if (draft.OccurredAt > now.AddDays(1))
        {
            throw new DomainRuleException("occurredAt", $"occurredAt: {draft.OccurredAt:yyyy-MM-dd HH:mm}Z is in the future.");
        }
        if (draft.Perpetrator is { } p && !Enum.IsDefined(p))
        {
            throw new DomainRuleException("perpetrator", $"perpetrator: {(int)p} is not a perpetrator kind.");
        }
        if (draft.Network is { } n && !Enum.IsDefined(n))
        {
            throw new DomainRuleException("network", $"network: {(int)n} is not a reporter network.");
        }
        if ((draft.Latitude is null) != (draft.Longitude is null))
        {
            throw new DomainRuleException(draft.Latitude is null ? "latitude" : "longitude", "latitude and longitude: give both or neither.");
        }
        if (draft.Latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90))
        {
            throw new DomainRuleException("latitude", $"latitude: {lat} is not between -90 and 90.");
        }
        if (draft.Longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180))
        {
            throw new DomainRuleException("longitude", $"longitude: {lon} is not between -180 and 180.");
        }
        var country = Required(draft.CountryIso3, "countryIso3", 3).ToUpperInvariant();
        if (country.Length != 3 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new DomainRuleException("countryIso3", $"countryIso3: '{draft.CountryIso3}' is not an ISO 3166 alpha-3 code.");
        }
        var report = new FieldReport
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            Classification = classification,
            ClientId = Required(draft.ClientId, "clientId", ClientIdMaxLength),
            FormId = Optional(draft.FormId, "formId", 200),
            FormVersion = Optional(draft.FormVersion, "formVersion", 100),
            Channel = draft.Channel,
            OccurredAt = draft.OccurredAt,
            ReceivedAt = now,
            CountryIso3 = country,
            Admin1 = Optional(draft.Admin1, "admin1", PlaceMaxLength),
            Admin2 = Optional(draft.Admin2, "admin2", PlaceMaxLength),
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            Text = Required(draft.Text, "text", TextMaxLength),
            Perpetrator = draft.Perpetrator,
            WarningSigns = string.Join(';', draft.WarningSigns.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)),
            HateSpeechSeen = draft.HateSpeechSeen,
            Network = draft.Network,
            Status = ReportStatus.Unverified,
            ReporterName = Optional(reporter.Name, "reporter.name", IdentityMaxLength),
            ReporterPhone = Optional(reporter.Phone, "reporter.phone", IdentityMaxLength),
            ReporterDeviceId = Optional(reporter.DeviceId, "reporter.deviceId", IdentityMaxLength),
            ReporterAccount = Optional(reporter.Account, "reporter.account", IdentityMaxLength),
            ReporterHash = reporterHash,
            RawSubmission = rawSubmission,
        };
        if (report.WarningSigns.Length > 1000)
        {
            throw new DomainRuleException("warningSigns", "warningSigns: too many indicator ids (at most 1000 characters).");
        }
        foreach (var h in draft.Harmed)
        {
            report._harmed.Add(new HarmCount(report.Id, h.Sex, h.Age, h.Count));
        }
        return report;
    }

    public FieldReportAttachment Attach(string fileName, string contentType, long size, string sharedPath, string originalPath, DateTime now)
    {
        var attachment = new FieldReportAttachment(Id, fileName, contentType, size, sharedPath, originalPath, now);
        _attachments.Add(attachment);
        return attachment;
    }

    private static string Required(string? value, string field, int max) =>
        Optional(value, field, max) ?? throw new DomainRuleException(field, $"{field}: required.");

    private static string? Optional(string? value, string field, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > max)
        {
            throw new DomainRuleException(field, $"{field}: longer than {max} characters.");
        }
        return trimmed;
    }
}
