namespace Vigil.Assessment;

/// <summary>An evidence item as a person types it; <see cref="ToItem"/> checks it.</summary>
public sealed record EvidenceRequest(string Title, string? Reference, DateOnly? Date, SourceType SourceType, char Reliability, int Credibility,
    string? SourceIdentity = null)
{
    public EvidenceItem ToItem(string target) => new(target, Title, Reference, Date, SourceType, new AdmiraltyGrade(Reliability, Credibility), SourceIdentity);
}
