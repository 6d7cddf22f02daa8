namespace Vigil.Assessment;

/// <summary>
/// The analyst's finding for a Framework risk factor judged as a whole, where its indicator list is incomplete or empty
/// (RF14 lists none). The profile scores the factor from it alone (see <see cref="ProfileCalculator"/>); its indicators,
/// where judged, still show.
/// </summary>
public sealed class FactorJudgement : Judgement
{
    private FactorJudgement()
    {
    }

    internal FactorJudgement(string riskFactorId) => RiskFactorId = riskFactorId;

    public string RiskFactorId { get; private set; } = "";

    internal FactorJudgement Copy() => CopyInto(new FactorJudgement(RiskFactorId));
}
