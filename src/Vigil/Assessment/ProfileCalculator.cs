namespace Vigil.Assessment;

/// <summary>
/// Turns indicator judgements into a risk profile. The formula (also in the README):
/// <list type="bullet">
/// <item>Indicator value: present = severity / 3 (1/3, 2/3 or 1); absent = 0; unknown and
/// not assessed are left out of every score and lower the coverage instead.</item>
/// <item>Factor score = 100 × (highest value + mean value) / 2 over the factor's assessed
/// indicators: the worst sign sets half, how widespread the signs are sets the other half.</item>
/// <item>Crime score = weighted mean of the scores of the factors that apply to the crime
/// (common factors weight 1, the crime's specific factors weight 2), over assessed factors.</item>
/// <item>Overall score = the highest crime score. Levels: below 25 low, below 50 moderate,
/// below 75 high, otherwise very high.</item>
/// <item>Coverage = assessed indicators / listed indicators. Below 50 % the profile is provisional.</item>
/// </list>
/// Resilience is reported beside the risk and never subtracted from it.
/// </summary>
public static class ProfileCalculator
{
    public const double SpecificFactorWeight = 2.0;
    public const double ProvisionalBelowCoverage = 0.5;

    public static RiskProfile Calculate(FrameworkDefinition framework, RiskAssessment assessment)
    {
        var factors = framework.RiskFactors.Select(f => ScoreFactor(f, assessment)).ToList();
        var byId = factors.ToDictionary(f => f.Id);

        CrimeProfile Crime(string crime)
        {
            var relevant = framework.RiskFactors.Where(f => f.Crimes.Contains(crime)).ToList();
            double weighted = 0, weights = 0;
            int assessed = 0, total = 0;
            foreach (var factor in relevant)
            {
                var profile = byId[factor.Id];
                assessed += profile.Assessed;
                total += profile.Total;
                if (profile.Score is { } score)
                {
                    var weight = factor.IsCommon ? 1.0 : SpecificFactorWeight;
                    weighted += weight * score;
                    weights += weight;
                }
            }
            double? crimeScore = weights > 0 ? Math.Round(weighted / weights, 1) : null;
            return new CrimeProfile(LevelOf(crimeScore), crimeScore, total == 0 ? 0 : Math.Round((double)assessed / total, 3),
                relevant.Select(f => f.Id).ToList());
        }

        var crimes = new CrimeProfiles(Crime("genocide"), Crime("crimesAgainstHumanity"), Crime("warCrimes"));
        var overallScore = crimes.All.Select(c => c.Profile.Score).Where(s => s is not null).Max();
        var totalIndicators = factors.Sum(f => f.Total);
        var coverage = totalIndicators == 0 ? 0 : Math.Round((double)factors.Sum(f => f.Assessed) / totalIndicators, 3);

        // Ethnic cleansing has no factors of its own; it is read through the factors it
        // shares with genocide and crimes against humanity (framework note).
        var cleansingFactors = framework.RiskFactors
            .Where(f => f.IsCommon || f.Crimes.Contains("genocide") || f.Crimes.Contains("crimesAgainstHumanity"))
            .Select(f => f.Id).ToList();
        var cleansingScore = new[] { crimes.Genocide.Score, crimes.CrimesAgainstHumanity.Score }.Where(s => s is not null).Max();

        var resilience = ResilienceDimensions.All
            .Select(d => new ResilienceView(d.Id, d.Group, assessment.ResilienceFor(d.Id)?.Rating, assessment.EvidenceFor(d.Id).Count()))
            .ToList();

        return new RiskProfile(
            new LevelScore(LevelOf(overallScore), overallScore),
            crimes,
            factors,
            coverage,
            coverage < ProvisionalBelowCoverage,
            new EthnicCleansingView(cleansingFactors, cleansingScore),
            resilience);
    }

    public static string LevelOf(double? score) => score switch
    {
        null => "not assessed",
        < 25 => "low",
        < 50 => "moderate",
        < 75 => "high",
        _ => "very high",
    };

    public static double IndicatorValue(IndicatorJudgement judgement) =>
        judgement.Status == IndicatorStatus.Present ? (judgement.Severity ?? 2) / 3.0 : 0.0;

    private static FactorProfile ScoreFactor(RiskFactorDefinition factor, RiskAssessment assessment)
    {
        var judgements = factor.Indicators
            .Select(i => assessment.JudgementFor(i.Id))
            .Where(j => j is not null)
            .Select(j => j!)
            .ToList();
        var assessed = judgements.Where(j => j.Status is IndicatorStatus.Present or IndicatorStatus.Absent).ToList();
        var present = assessed.Where(j => j.Status == IndicatorStatus.Present)
            .OrderByDescending(j => j.Severity).ThenBy(j => j.IndicatorId, StringComparer.Ordinal).ToList();
        double? score = null;
        if (assessed.Count > 0)
        {
            var values = assessed.Select(IndicatorValue).ToList();
            score = Math.Round(100 * (values.Max() + values.Average()) / 2, 1);
        }
        var total = factor.Indicators.Count;
        return new FactorProfile(
            factor.Id,
            score,
            present.Count,
            assessed.Count,
            judgements.Count(j => j.Status == IndicatorStatus.Unknown),
            total,
            total == 0 ? 0 : Math.Round((double)assessed.Count / total, 3),
            present.Any(j => j.Trend == Trend.Worsening),
            present.Select(j => j.IndicatorId).ToList());
    }
}
