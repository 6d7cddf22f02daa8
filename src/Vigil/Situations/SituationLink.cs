namespace Vigil.Situations;

/// <summary>
/// A record a situation follows: an alert, an assessment, a signal, later a hate-speech item or a field report. One link
/// type with a kind, so that a new source of warnings needs no new column (decision record 0020).
/// </summary>
public sealed class SituationLink
{
    private SituationLink()
    {
    }

    internal SituationLink(Guid situationId, LinkKind kind, Guid targetId, DateTime warnedAt, DateTime linkedAt, string by, bool automatic)
    {
        Id = Guid.NewGuid();
        SituationId = situationId;
        Kind = kind;
        TargetId = targetId;
        WarnedAt = warnedAt;
        LinkedAt = linkedAt;
        By = by;
        Automatic = automatic;
    }

    public Guid Id { get; private set; }
    public Guid SituationId { get; private set; }
    public LinkKind Kind { get; private set; }
    public Guid TargetId { get; private set; }

    /// <summary>When the linked record warned (an alert's raising): the warning point the lag is counted from.</summary>
    public DateTime WarnedAt { get; private set; }
    public DateTime LinkedAt { get; private set; }
    public string By { get; private set; } = "";

    /// <summary>Linked by Vigil (a new alert for the situation's place while it was open), not by a person.</summary>
    public bool Automatic { get; private set; }
}
