namespace Vigil.Speech.Monitoring;

/// <summary>
/// How far second reviewers agree with first ones, over the posts reviewed twice: the share of identical decisions and Cohen's
/// kappa over the four decisions, κ = (p_o − p_e)/(1 − p_e) with p_e from each reviewer position's decision shares
/// (null when p_e = 1, i.e. both always chose the same single decision).
/// </summary>
public sealed record ReviewAgreement(int Pairs, int Agreeing, double? Share, double? Kappa)
{
    public static ReviewAgreement Of(IReadOnlyList<(RabatDecision First, RabatDecision Second)> pairs)
    {
        if (pairs.Count == 0)
        {
            return new ReviewAgreement(0, 0, null, null);
        }
        var n = (double)pairs.Count;
        var agreeing = pairs.Count(p => p.First == p.Second);
        var observed = agreeing / n;
        var expected = Enum.GetValues<RabatDecision>().Sum(d => pairs.Count(p => p.First == d) / n * (pairs.Count(p => p.Second == d) / n));
        double? kappa = expected >= 1 - 1e-12 ? null : Math.Round((observed - expected) / (1 - expected), 4);
        return new ReviewAgreement(pairs.Count, agreeing, Math.Round(observed, 4), kappa);
    }
}
