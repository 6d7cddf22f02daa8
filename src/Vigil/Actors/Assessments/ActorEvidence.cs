using Vigil.Assessment;

namespace Vigil.Actors.Assessments;

/// <summary>
/// A source behind a finding about an actor, Admiralty-graded like a country assessment's evidence: an event of the stored
/// data sets (by its id), a field report or a document (by a reference: a URL, a file number).
/// </summary>
public sealed class ActorEvidence
{
    private ActorEvidence()
    {
    }

    public ActorEvidence(string target, ActorEvidenceKind kind, long? eventId, string title, string? reference, DateOnly? date, AdmiraltyGrade grade)
    {
        if (kind == ActorEvidenceKind.Event && eventId is null)
        {
            throw new DomainRuleException("evidence.eventId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.EventIdRequired)));
        }
        if (kind != ActorEvidenceKind.Event && eventId is not null)
        {
            throw new DomainRuleException("evidence.eventId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.EventIdOnlyForEvents)));
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
        Kind = kind;
        EventId = eventId;
        Title = title.Trim();
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Date = date;
        Reliability = grade.Reliability;
        Credibility = grade.Credibility;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }

    /// <summary>The indicator or factor id the item supports.</summary>
    public string Target { get; private set; } = "";
    public ActorEvidenceKind Kind { get; private set; }

    /// <summary>The stored event's id (<c>Event.Id</c>) for an item of kind <see cref="ActorEvidenceKind.Event"/>.</summary>
    public long? EventId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Reference { get; private set; }
    public DateOnly? Date { get; private set; }
    public char Reliability { get; private set; }
    public int Credibility { get; private set; }

    public AdmiraltyGrade Grade => new(Reliability, Credibility);

    internal ActorEvidence Copy() => new(Target, Kind, EventId, Title, Reference, Date, Grade);

    internal string Describe() => $"{Title} | {(EventId is { } e ? $"#{e}" : Reference ?? "—")} | {Grade}";
}
