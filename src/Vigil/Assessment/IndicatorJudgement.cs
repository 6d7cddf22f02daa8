namespace Vigil.Assessment;

/// <summary>The analyst's finding for one Framework indicator in one assessment.</summary>
public sealed class IndicatorJudgement : Judgement
{
    private IndicatorJudgement()
    {
    }

    internal IndicatorJudgement(string indicatorId) => IndicatorId = indicatorId;

    public string IndicatorId { get; private set; } = "";

    internal IndicatorJudgement Copy() => CopyFor(IndicatorId);

    /// <summary>The same finding for another indicator id (a draft moved to a framework version that renumbered it).</summary>
    internal IndicatorJudgement CopyFor(string indicatorId) => CopyInto(new IndicatorJudgement(indicatorId));

    internal void SetFrom(IndicatorJudgement other) =>
        Set(other.Status, other.Severity, other.Trend, other.Confidence, other.Notes, other.Gender, other.Area);
}
