using Vigil.Security;

namespace Vigil.Reports;

/// <summary>
/// A field report as one viewer may see it: the place coarsened unless they may see it exactly, and the reporter's identity only
/// for admins, analysts and reviewers of the owning organisation (null for everyone else, and always null in lists).
/// </summary>
public sealed record FieldReportView(Guid Id, string ClientId, string? FormId, string? FormVersion, ReportChannel Channel, DateTime OccurredAt,
    DateTime ReceivedAt, string CountryIso3, ShownLocation Location, string Text, IReadOnlyList<HarmDraft> Harmed, PerpetratorKind? Perpetrator,
    IReadOnlyList<string> WarningSigns, bool HateSpeechSeen, ReporterNetwork? Network, ReportStatus Status, Guid? OrganizationId,
    Classification Classification, IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>Who reported: named roles of the owning organisation, in a report's details only.</summary>
    public ReporterIdentity? Reporter { get; init; }

    /// <summary>How many reports of the organisation came from the same reporter (this one included); with <see cref="Reporter"/> only.</summary>
    public int? ReportsBySameReporter { get; init; }

    public int HarmedTotal => Harmed.Sum(h => h.Count);

    public static FieldReportView From(FieldReport r, ShownLocation location) =>
        new(r.Id, r.ClientId, r.FormId, r.FormVersion, r.Channel, r.OccurredAt, r.ReceivedAt, r.CountryIso3, location, r.Text,
            [.. r.Harmed.Select(h => new HarmDraft(h.Sex, h.Age, h.Count))], r.Perpetrator, r.WarningSignList, r.HateSpeechSeen, r.Network, r.Status,
            r.OrganizationId, r.Classification, [.. r.Attachments.OrderBy(a => a.ReceivedAt).Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size))]);
}
