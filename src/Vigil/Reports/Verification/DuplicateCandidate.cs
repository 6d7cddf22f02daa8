namespace Vigil.Reports.Verification;

/// <summary>A report as duplicate detection reads it: its id, its text and its place and time.</summary>
public sealed record DuplicateCandidate(Guid ReportId, string Text, ReportPlace Place);
