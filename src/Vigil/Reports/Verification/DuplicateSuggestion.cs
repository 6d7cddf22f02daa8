namespace Vigil.Reports.Verification;

/// <summary>A suggested merge: <see cref="DuplicateId"/> (the later report) looks like a retelling of <see cref="OriginalId"/>.</summary>
public sealed record DuplicateSuggestion(Guid OriginalId, Guid DuplicateId, double Similarity);
