namespace Vigil.Assessment;

/// <summary>
/// What moving a draft to a newer framework version did: how many judgements were carried, and those to review (their
/// indicator was reworded or renumbered, or removed and the judgement dropped), with the finding, notes and evidence they had.
/// </summary>
public sealed record FrameworkMove(Guid AssessmentId, string FromVersion, string ToVersion, int Carried, IReadOnlyList<FrameworkMove.Review> ToReview,
    FrameworkChanges Changes)
{
    /// <summary><see cref="ToId"/> is null when the indicator was removed and the judgement dropped.</summary>
    public sealed record Review(IndicatorChangeKind Change, string FromId, string? ToId, LocalizedText? FromText, LocalizedText? ToText,
        IndicatorStatus Status, string Finding, string? Notes, IReadOnlyList<string> Evidence);
}
