namespace Vigil.Situations;

/// <summary>
/// A commitment an action obtained: its text, the party that gave it, when it is due and how far it is implemented;
/// gender provisions are marked (para 22 asks that agreements, including their gender provisions, be implemented).
/// </summary>
public sealed class Commitment
{
    public const int TextMaxLength = 2000;

    private Commitment()
    {
    }

    internal Commitment(Guid situationId, Guid actionId, string text, string party, DateOnly? due, CommitmentImplementation implemented, bool genderProvision)
    {
        Id = Guid.NewGuid();
        SituationId = situationId;
        ActionId = actionId;
        Text = Situation.Required(text, "commitments.text", TextMaxLength);
        Party = Situation.Required(party, "commitments.party", 200);
        Due = due;
        Implemented = implemented;
        GenderProvision = genderProvision;
    }

    public Guid Id { get; private set; }
    public Guid SituationId { get; private set; }
    public Guid ActionId { get; private set; }
    public string Text { get; private set; } = "";
    public string Party { get; private set; } = "";
    public DateOnly? Due { get; private set; }
    public CommitmentImplementation Implemented { get; private set; }
    public bool GenderProvision { get; private set; }

    /// <summary>Past its due date and not (fully) implemented.</summary>
    public bool IsOverdue(DateOnly today) => Due is { } due && due < today && Implemented != CommitmentImplementation.Yes;

    internal void Record(CommitmentImplementation implemented) => Implemented = implemented;
}
