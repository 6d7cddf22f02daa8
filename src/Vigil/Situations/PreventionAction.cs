namespace Vigil.Situations;

/// <summary>
/// Something an actor did (or plans) for a situation: which prevention option, when, through which channel, with what
/// stance, and the commitments it obtained. <see cref="CoordinatedWith"/> names the actors it was coordinated with, so
/// that two mediation channels that know of each other are not flagged as competing.
/// </summary>
public sealed class PreventionAction
{
    public const int DescriptionMaxLength = 4000;
    private readonly List<Commitment> _commitments = [];

    private PreventionAction()
    {
    }

    internal PreventionAction(Guid situationId, ActionDetails details, string recordedBy, DateTime recordedAt)
    {
        Id = Guid.NewGuid();
        SituationId = situationId;
        ActorName = Situation.Required(details.ActorName, "actorName", 200);
        ActorKind = details.ActorKind;
        OptionId = Situation.Required(details.OptionId, "option", 50);
        Date = details.Date;
        if (details.Until is { } until && until < details.Date)
        {
            throw new DomainRuleException("until", $"until: {until:yyyy-MM-dd} is before the action's date {details.Date:yyyy-MM-dd}.");
        }
        Until = details.Until;
        Channel = Situation.Optional(details.Channel, "channel", 200);
        Stance = details.Stance;
        Status = details.Status;
        Description = Situation.Required(details.Description, "description", DescriptionMaxLength);
        CoordinatedWith = Situation.Optional(details.CoordinatedWith, "coordinatedWith", 400);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid SituationId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ActorKind ActorKind { get; private set; }
    public string OptionId { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary>The last day of an action that lasts (a mediation process); null for one that is still going or was one day.</summary>
    public DateOnly? Until { get; private set; }
    public string? Channel { get; private set; }
    public ActionStance? Stance { get; private set; }
    public ActionStatus Status { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>Actor names this action was coordinated with, separated by semicolons.</summary>
    public string? CoordinatedWith { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public IReadOnlyList<Commitment> Commitments => _commitments;

    /// <summary>Planned and abandoned actions are intentions, not action taken: they do not end a warning's wait nor cover a risk factor.</summary>
    public bool IsTaken => Status is ActionStatus.UnderWay or ActionStatus.Done;

    /// <summary>
    /// The days the action spans: to <see cref="Until"/>; without it, a done or abandoned action is one day and one under way
    /// or planned runs to <paramref name="today"/> (it is still going).
    /// </summary>
    public (DateOnly From, DateOnly To) Span(DateOnly today) =>
        (Date, Until ?? (Status is ActionStatus.Done or ActionStatus.Abandoned ? Date : (today > Date ? today : Date)));

    public bool NamesAsCoordinated(string actorName) =>
        CoordinatedWith is not null && CoordinatedWith.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(n => string.Equals(n, actorName.Trim(), StringComparison.OrdinalIgnoreCase));

    public Commitment AddCommitment(CommitmentDetails details)
    {
        var commitment = new Commitment(SituationId, Id, details.Text, details.Party, details.Due, details.Implemented, details.GenderProvision);
        _commitments.Add(commitment);
        return commitment;
    }

    internal void ChangeStatus(ActionStatus status) => Status = status;
}
