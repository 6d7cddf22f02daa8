namespace Vigil.Reports.Verification;

/// <summary>One report in the review queue: what it says, where it stands and who is looking at it.</summary>
public sealed record QueueRow(Guid ReportId, DateTime ReceivedAt, DateTime OccurredAt, string CountryIso3, string? Admin1, string Text,
    ReporterNetwork? Network, ReportStatus Status, string? Reason, char? Reliability, int? Credibility, string? ClaimedBy, DateTime? ClaimedUntil, Guid? DuplicateOfId,
    IReadOnlyList<DuplicateSuggestion> Suggestions);
