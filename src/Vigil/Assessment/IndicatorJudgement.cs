namespace Vigil.Assessment;

/// <summary>The analyst's finding for one Framework indicator in one assessment.</summary>
public sealed class IndicatorJudgement : Judgement
{
    private IndicatorJudgement()
    {
    }

    internal IndicatorJudgement(string indicatorId) => IndicatorId = indicatorId;

    public string IndicatorId { get; private set; } = "";

    internal IndicatorJudgement Copy() => CopyInto(new IndicatorJudgement(IndicatorId));
}
