namespace Vigil.Situations;

/// <summary>
/// One dated, attributed, justified change of a situation's status. <see cref="At"/> is when it happened (back-dating
/// allowed, never in the future), <see cref="RecordedAt"/> when it was written down.
/// </summary>
public sealed class SituationStatusChange
{
    private SituationStatusChange()
    {
    }

    internal SituationStatusChange(Guid situationId, SituationStatus? from, SituationStatus to, DateTime at, DateTime recordedAt, string by, string reason,
        SituationOutcome? outcome)
    {
        Id = Guid.NewGuid();
        SituationId = situationId;
        From = from;
        To = to;
        At = at;
        RecordedAt = recordedAt;
        By = by;
        Reason = reason;
        Outcome = outcome;
    }

    public Guid Id { get; private set; }
    public Guid SituationId { get; private set; }

    /// <summary>The status in effect just before <see cref="At"/> when the change was recorded; null for the opening.</summary>
    public SituationStatus? From { get; private set; }
    public SituationStatus To { get; private set; }
    public DateTime At { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string By { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public SituationOutcome? Outcome { get; private set; }
}
