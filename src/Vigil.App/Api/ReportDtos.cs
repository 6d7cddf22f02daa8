using Vigil.Reports;
using Vigil.Security;

namespace Vigil.App.Api;

/// <summary>The JSON shapes of the field-report API (requests and answers).</summary>
public static class ReportDtos
{
    public sealed record HarmBody(string? Sex, string? Age, int Count);

    public sealed record ReporterBody(string? Name, string? Phone, string? DeviceId, string? Account);

    /// <summary>POST /api/v1/reports. The contract is clientId, formId, occurredAt, countryIso3, admin1, latitude, longitude, text, harmed, reporter; the rest is optional.</summary>
    public sealed record SubmitBody(string? ClientId, string? FormId, string? OccurredAt, string? CountryIso3, string? Admin1, double? Latitude, double? Longitude,
        string? Text, IReadOnlyList<HarmBody>? Harmed, ReporterBody? Reporter, string? FormVersion = null, string? Admin2 = null, string? Perpetrator = null,
        IReadOnlyList<string>? WarningSigns = null, bool? HateSpeechSeen = null, string? Network = null, string? Channel = null)
    {
        public SubmitFieldReport.Request ToRequest()
        {
            var occurred = string.IsNullOrWhiteSpace(OccurredAt)
                ? throw new DomainRuleException("occurredAt", "occurredAt: required (ISO 8601, e.g. 2026-03-01 or 2026-03-01T14:00:00Z).")
                : SubmissionFields.ParseWhen(OccurredAt.Trim(), "occurredAt");
            var channel = Channel is null ? ReportChannel.Api : SubmissionFields.ParseChoice<ReportChannel>(Channel, "channel", new Dictionary<string, ReportChannel>());
            if (channel is not (ReportChannel.Api or ReportChannel.Web))
            {
                throw new DomainRuleException("channel", "channel: web or api (other channels have their own endpoints).");
            }
            var harmed = (Harmed ?? []).Select((h, i) => new HarmDraft(
                SubmissionFields.ParseChoice<HarmedSex>(h.Sex ?? "unknown", $"harmed[{i}].sex", new Dictionary<string, HarmedSex>()),
                SubmissionFields.ParseChoice<AgeGroup>(h.Age ?? "unknown", $"harmed[{i}].age", new Dictionary<string, AgeGroup>()),
                h.Count)).ToList();
            var draft = new FieldReportDraft(ClientId ?? "", channel, occurred, CountryIso3 ?? "", Text ?? "")
            {
                FormId = FormId,
                FormVersion = FormVersion,
                Admin1 = Admin1,
                Admin2 = Admin2,
                Latitude = Latitude,
                Longitude = Longitude,
                Perpetrator = Perpetrator is null ? null : SubmissionFields.ParseChoice<PerpetratorKind>(Perpetrator, "perpetrator", new Dictionary<string, PerpetratorKind>()),
                WarningSigns = WarningSigns ?? [],
                HateSpeechSeen = HateSpeechSeen ?? false,
                Network = Network is null ? null : SubmissionFields.ParseChoice<ReporterNetwork>(Network, "network", new Dictionary<string, ReporterNetwork>()),
                Harmed = harmed,
            };
            var reporter = Reporter is null ? ReporterIdentity.None : new ReporterIdentity(Reporter.Name, Reporter.Phone, Reporter.DeviceId, Reporter.Account);
            return new(draft, reporter, System.Text.Json.JsonSerializer.Serialize(this with { Reporter = null }));
        }
    }

    public sealed record HarmDto(string Sex, string Age, int Count);

    public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Url);

    public sealed record LocationDto(string? Admin1, string? Admin2, double? Latitude, double? Longitude, string Precision, int? GridKm);

    /// <summary>A report as the caller may see it: <c>reporter</c> only in a report's details, for admins, analysts and reviewers of its organisation.</summary>
    public sealed record ReportDto(Guid Id, string ClientId, string? FormId, string? FormVersion, string Channel, DateTime OccurredAt, DateTime ReceivedAt,
        string CountryIso3, LocationDto Location, string Text, IReadOnlyList<HarmDto> Harmed, int HarmedTotal, string? Perpetrator,
        IReadOnlyList<string> WarningSigns, bool HateSpeechSeen, string? Network, string Status, string Classification, IReadOnlyList<AttachmentDto> Photos,
        ReporterBody? Reporter, int? ReportsBySameReporter)
    {
        public static ReportDto From(FieldReportView v) => new(v.Id, v.ClientId, v.FormId, v.FormVersion, Kebab(v.Channel), v.OccurredAt, v.ReceivedAt,
            v.CountryIso3, new(v.Location.Admin1, v.Location.Admin2, v.Location.Latitude, v.Location.Longitude, v.Location.Precision, v.Location.GridKm),
            v.Text, [.. v.Harmed.Select(h => new HarmDto(Kebab(h.Sex), Kebab(h.Age), h.Count))], v.HarmedTotal, v.Perpetrator is { } p ? Kebab(p) : null,
            v.WarningSigns, v.HateSpeechSeen, v.Network is { } n ? Kebab(n) : null, Kebab(v.Status), Kebab(v.Classification),
            [.. v.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, $"/api/v1/reports/{v.Id}/photos/{a.Id}"))],
            v.Reporter is { } r ? new ReporterBody(r.Name, r.Phone, r.DeviceId, r.Account) : null, v.ReportsBySameReporter);

        private static string Kebab<T>(T value) where T : struct, Enum => SubmissionFields.KebabOf(value.ToString());
    }

    public sealed record PolicyBody(string? Mode, int? GridKm);

    public sealed record PolicyDto(string Mode, int GridKm);

    public static Classification ParseClassification(string? value) =>
        value is null ? Classification.Restricted : SubmissionFields.ParseChoice<Classification>(value, "classification", new Dictionary<string, Classification>());
}
