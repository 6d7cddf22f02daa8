namespace Vigil.Assessment;

/// <summary>
/// Turns indicator judgements into a risk profile. The formula (also in the README and decision record 0001):
/// <list type="bullet">
/// <item>Indicator value: present = severity / 3 (1/3, 2/3 or 1); absent = 0; unknown and
/// not assessed are left out of every score and lower the coverage instead.</item>
/// <item>Factor score = 100 × (highest value + mean value) / 2 over the factor's assessed
/// indicators: the worst sign sets half, how widespread the signs are sets the other half.
/// A factor judged as a whole present or absent is scored from that judgement alone, as a
/// factor of one indicator: 100 × its value (its indicators still show, unscored).</item>
/// <item>Crime score = weighted mean of the scores of the factors that apply to the crime
/// (common factors weight 1, the crime's specific factors weight 2), over assessed factors.</item>
/// <item>Overall score = the highest score of the crimes that have a level. Levels: below 25 low,
/// below 50 moderate, below 75 high, otherwise very high.</item>
/// <item>Coverage = assessed units / units: each listed indicator is a unit, a factor that lists
/// none (RF14) is one unit, and a factor judged as a whole counts all its units assessed.</item>
/// <item>A level only where the evidence allows: a crime has none while any of its specific
/// factors is unassessed or its coverage is below <see cref="MinimumCoverageForLevel"/>; the
/// overall level is withheld below that coverage. Below 50 % the profile is provisional.</item>
/// </list>
/// Resilience is reported beside the risk and never subtracted from it.
/// </summary>
public static class ProfileCalculator
{
    public const double SpecificFactorWeight = 2.0;
    public const double ProvisionalBelowCoverage = 0.5;

    /// <summary>Below this coverage no level is given (decision record 0001 says why a quarter).</summary>
    public const double MinimumCoverageForLevel = 0.25;

    public static RiskProfile Calculate(FrameworkDefinition framework, RiskAssessment assessment)
    {
        var factors = framework.RiskFactors.Select(f => ScoreFactor(f, assessment)).ToList();
        var byId = factors.ToDictionary(f => f.Id);

        CrimeProfile Crime(string crime)
        {
            var relevant = framework.RiskFactors.Where(f => f.Crimes.Contains(crime)).ToList();
            double weighted = 0, weights = 0, assessedUnits = 0, units = 0;
            foreach (var factor in relevant)
            {
                var profile = byId[factor.Id];
                units += profile.Units;
                assessedUnits += profile.AssessedUnits;
                if (profile.Score is { } score)
                {
                    var weight = factor.IsCommon ? 1.0 : SpecificFactorWeight;
                    weighted += weight * score;
                    weights += weight;
                }
            }
            double? crimeScore = weights > 0 ? Math.Round(weighted / weights, 1) : null;
            var coverage = units == 0 ? 0 : assessedUnits / units;
            var unassessedSpecific = relevant.Where(f => !f.IsCommon && byId[f.Id].Score is null).Select(f => f.Id).ToList();
            var reason = crimeScore is null ? LevelWithheld.NotAssessed
                : unassessedSpecific.Count > 0 ? LevelWithheld.SpecificFactorsUnassessed
                : coverage < MinimumCoverageForLevel ? LevelWithheld.LowCoverage
                : null;
            return new CrimeProfile(reason is null ? LevelOf(crimeScore) : null, reason is null ? crimeScore : null, Math.Round(coverage, 3),
                relevant.Select(f => f.Id).ToList(), reason, unassessedSpecific);
        }

        var crimes = new CrimeProfiles(Crime("genocide"), Crime("crimesAgainstHumanity"), Crime("warCrimes"));
        var totalUnits = factors.Sum(f => f.Units);
        var coverageRatio = totalUnits == 0 ? 0 : (double)factors.Sum(f => f.AssessedUnits) / totalUnits;
        var coverage = Math.Round(coverageRatio, 3);
        var worstCrime = crimes.All.Select(c => c.Profile.Score).Where(s => s is not null).Max();
        var overallReason = factors.All(f => f.Score is null) ? LevelWithheld.NotAssessed
            : coverageRatio < MinimumCoverageForLevel ? LevelWithheld.LowCoverage
            : worstCrime is null ? (crimes.All.Any(c => c.Profile.Reason == LevelWithheld.LowCoverage) ? LevelWithheld.LowCoverage : LevelWithheld.SpecificFactorsUnassessed)
            : null;

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
            overallReason is null ? new LevelScore(LevelOf(worstCrime), worstCrime) : new LevelScore(null, null, overallReason),
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

    public static double IndicatorValue(Judgement judgement) =>
        judgement.Status == IndicatorStatus.Present ? (judgement.Severity ?? 2) / 3.0 : 0.0;

    private static FactorProfile ScoreFactor(RiskFactorDefinition factor, RiskAssessment assessment)
    {
        var judgements = factor.Indicators
            .Select(i => assessment.JudgementFor(i.Id))
            .Where(j => j is not null)
            .Select(j => j!)
            .ToList();
        var assessed = judgements.Where(j => j.IsAssessed).ToList();
        var present = assessed.Where(j => j.Status == IndicatorStatus.Present)
            .OrderByDescending(j => j.Severity).ThenBy(j => j.IndicatorId, StringComparer.Ordinal).ToList();
        // A judgement of the whole factor, present or absent, replaces its indicators in the score and the coverage.
        var whole = assessment.FactorJudgementFor(factor.Id) is { IsAssessed: true } w ? w : null;
        var values = whole is null ? assessed.Select(IndicatorValue).ToList() : [IndicatorValue(whole)];
        double? score = values.Count > 0 ? Math.Round(100 * (values.Max() + values.Average()) / 2, 1) : null;
        var total = factor.Indicators.Count;
        var units = Math.Max(total, 1);
        var assessedUnits = whole is null ? assessed.Count : units;
        return new FactorProfile(
            factor.Id,
            score,
            present.Count,
            assessed.Count,
            judgements.Count(j => j.Status == IndicatorStatus.Unknown),
            total,
            Math.Round((double)assessedUnits / units, 3),
            whole is null ? present.Any(j => j.Trend == Trend.Worsening) : whole.Trend == Trend.Worsening,
            present.Select(j => j.IndicatorId).ToList())
        {
            JudgedAsWhole = whole is not null,
            Units = units,
            AssessedUnits = assessedUnits,
        };
    }
}
