namespace Vigil.Reports;

/// <summary>What a channel read from a submission, before it becomes a <see cref="FieldReport"/> (which validates it).</summary>
public sealed record FieldReportDraft(string ClientId, ReportChannel Channel, DateTime OccurredAt, string CountryIso3, string Text)
{
    public string? FormId { get; init; }
    public string? FormVersion { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public PerpetratorKind? Perpetrator { get; init; }
    public IReadOnlyList<string> WarningSigns { get; init; } = [];
    public bool HateSpeechSeen { get; init; }
    public ReporterNetwork? Network { get; init; }
    public IReadOnlyList<HarmDraft> Harmed { get; init; } = [];
}
