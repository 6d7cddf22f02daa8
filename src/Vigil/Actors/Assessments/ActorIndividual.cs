namespace Vigil.Actors.Assessments;

/// <summary>
/// A person of the actor named in an assessment (a commander, a leader). Confidential whatever the assessment's
/// classification: the name, role and notes are encrypted at rest and shown only to the owning organisation's roles that may
/// see Confidential fields.
/// </summary>
public sealed class ActorIndividual
{
    private ActorIndividual()
    {
    }

    public ActorIndividual(string name, string? role, string? notes)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 300)
        {
            throw new DomainRuleException("name", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.IndividualNameRequired)));
        }
        if (role is { Length: > 300 })
        {
            throw new DomainRuleException("role", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.IndividualRoleTooLong)));
        }
        Vigil.Assessment.AnalystNotes.Check(notes);
        Id = Guid.NewGuid();
        Name = name.Trim();
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string? Name { get; private set; }
    public string? Role { get; private set; }
    public string? Notes { get; private set; }

    internal ActorIndividual Copy() => new(Name ?? "", Role, Notes);
}
