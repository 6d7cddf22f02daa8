namespace Vigil.Actors.Assessments;

/// <summary>One line of an actor assessment's change history: who changed what, from what, to what.</summary>
public sealed class ActorAssessmentChange
{
    private ActorAssessmentChange()
    {
    }

    internal ActorAssessmentChange(DateTime at, string actor, string action, string? target, string? before, string? after)
    {
        Id = Guid.NewGuid();
        At = at;
        Actor = actor;
        Action = action;
        Target = target;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public DateTime At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? Target { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
}
