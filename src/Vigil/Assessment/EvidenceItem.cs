namespace Vigil.Assessment;

/// <summary>
/// A source behind a judgement. <see cref="Target"/> is an indicator id ("7.9") or a
/// resilience dimension id ("P1"), so one table serves both.
/// </summary>
public sealed class EvidenceItem
{
    private EvidenceItem()
    {
    }

    public EvidenceItem(string target, string title, string? reference, DateOnly? date, SourceType sourceType, AdmiraltyGrade grade,
        string? sourceIdentity = null)
    {
        if (sourceIdentity is { Length: > 500 })
        {
            throw new DomainRuleException("evidence.sourceIdentity", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.EvidenceSourceIdentityTooLong)));
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("evidence.title", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.EvidenceTitleRequired)));
        }
        if (title.Length > 500)
        {
            throw new DomainRuleException("evidence.title", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.EvidenceTitleTooLong)));
        }
        if (reference is { Length: > 2000 })
        {
            throw new DomainRuleException("evidence.reference", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.EvidenceReferenceTooLong)));
        }
        Id = Guid.NewGuid();
        Target = target;
        Title = title.Trim();
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Date = date;
        SourceType = sourceType;
        Reliability = grade.Reliability;
        Credibility = grade.Credibility;
        SourceIdentity = string.IsNullOrWhiteSpace(sourceIdentity) ? null : sourceIdentity.Trim();
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string Target { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>A URL or a document reference (file number, archive id).</summary>
    public string? Reference { get; private set; }
    public DateOnly? Date { get; private set; }
    public SourceType SourceType { get; private set; }
    public char Reliability { get; private set; }
    public int Credibility { get; private set; }

    /// <summary>
    /// Who gave us this (a person, a contact). Confidential: encrypted at rest and shown only
    /// to named roles of the owning organisation.
    /// </summary>
    public string? SourceIdentity { get; private set; }

    public AdmiraltyGrade Grade => new(Reliability, Credibility);

    /// <summary>Follows its indicator to a new number (a draft moved to a framework version that renumbered it).</summary>
    internal void Retarget(string target) => Target = target;

    internal EvidenceItem CopyFor(string target) => new(target, Title, Reference, Date, SourceType, Grade, SourceIdentity);

    /// <summary>
    /// Takes the fields of <paramref name="corrected"/> (built, and so validated, by the constructor) while keeping this
    /// item's id and target. The source identity is kept when <paramref name="keepSourceIdentity"/>.
    /// </summary>
    internal void CorrectFrom(EvidenceItem corrected, bool keepSourceIdentity)
    {
        Title = corrected.Title;
        Reference = corrected.Reference;
        Date = corrected.Date;
        SourceType = corrected.SourceType;
        Reliability = corrected.Reliability;
        Credibility = corrected.Credibility;
        if (!keepSourceIdentity)
        {
            SourceIdentity = corrected.SourceIdentity;
        }
    }

    /// <summary>The history's wording of the item: never the source identity, which the history shows to everyone who sees the assessment.</summary>
    internal string Describe() =>
        $"{Title} | {Reference ?? "—"} | {(Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "—")} | {SourceType} | {Grade}";
}
