using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Tests.Assessment;

public sealed class ProfileCalculatorTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    // A small framework: two common factors, one specific factor per crime.
    private static readonly FrameworkDefinition Framework = FrameworkParser.Parse("""
        { "id": "test", "version": "1",
          "riskFactors": [
            { "id": "C1", "kind": "common", "crimes": ["genocide","crimesAgainstHumanity","warCrimes"], "title": "Common one",
              "indicators": [ { "id": "1.1", "text": "a" }, { "id": "1.2", "text": "b" }, { "id": "1.3", "text": "c" }, { "id": "1.4", "text": "d" } ] },
            { "id": "C2", "kind": "common", "crimes": ["genocide","crimesAgainstHumanity","warCrimes"], "title": "Common two",
              "indicators": [ { "id": "2.1", "text": "a" }, { "id": "2.2", "text": "b" } ] },
            { "id": "G", "kind": "specific", "crimes": ["genocide"], "title": "Genocide",
              "indicators": [ { "id": "3.1", "text": "a" }, { "id": "3.2", "text": "b" } ] },
            { "id": "H", "kind": "specific", "crimes": ["crimesAgainstHumanity"], "title": "CAH",
              "indicators": [ { "id": "4.1", "text": "a" } ] },
            { "id": "W", "kind": "specific", "crimes": ["warCrimes"], "title": "War crimes",
              "indicators": [ { "id": "5.1", "text": "a" } ] }
          ] }
        """);

    private static RiskAssessment NewAssessment() =>
        new("CAF", "t", new DateOnly(2026, 9, 30), "alice", Framework, null, Classification.Internal, Now);

    private static void Judge(RiskAssessment a, string id, IndicatorStatus status, int? severity = null, Trend? trend = null) =>
        a.Judge(Framework, id, status, severity, trend, null, null, null, null, null, "alice", Now);

    [Fact]
    public void Calculate_NothingAssessed_NoScoresAndZeroCoverage()
    {
        var profile = ProfileCalculator.Calculate(Framework, NewAssessment());
        Assert.Null(profile.Overall.Score);
        Assert.Null(profile.Overall.Level);
        Assert.Equal(LevelWithheld.NotAssessed, profile.Overall.Reason);
        Assert.Equal(0, profile.Coverage);
        Assert.True(profile.Provisional);
        Assert.All(profile.RiskFactors, f => Assert.Null(f.Score));
    }

    [Fact]
    public void Calculate_FactorScore_IsHalfWorstSignHalfBreadth()
    {
        var a = NewAssessment();
        Judge(a, "1.1", IndicatorStatus.Present, 3);
        Judge(a, "1.2", IndicatorStatus.Present, 1);
        Judge(a, "1.3", IndicatorStatus.Absent);
        Judge(a, "1.4", IndicatorStatus.Unknown);

        var c1 = ProfileCalculator.Calculate(Framework, a).RiskFactors.Single(f => f.Id == "C1");

        // values 1, 1/3, 0 → max 1, mean 4/9 → 100 × (1 + 0.444…) / 2 = 72.2; unknown is not scored.
        Assert.Equal(72.2, c1.Score);
        Assert.Equal(2, c1.Present);
        Assert.Equal(3, c1.Assessed);
        Assert.Equal(1, c1.Unknown);
        Assert.Equal(0.75, c1.Coverage);
        Assert.Equal(["1.1", "1.2"], c1.Drivers);
    }

    [Fact]
    public void Calculate_UnknownIsNeverScoredAsAbsent()
    {
        var withUnknown = NewAssessment();
        Judge(withUnknown, "1.1", IndicatorStatus.Present, 2);
        Judge(withUnknown, "1.2", IndicatorStatus.Unknown);
        var withAbsent = NewAssessment();
        Judge(withAbsent, "1.1", IndicatorStatus.Present, 2);
        Judge(withAbsent, "1.2", IndicatorStatus.Absent);

        var unknownScore = ProfileCalculator.Calculate(Framework, withUnknown).RiskFactors[0].Score;
        var absentScore = ProfileCalculator.Calculate(Framework, withAbsent).RiskFactors[0].Score;

        Assert.Equal(66.7, unknownScore);
        Assert.Equal(50.0, absentScore);
        Assert.True(ProfileCalculator.Calculate(Framework, withUnknown).Coverage < ProfileCalculator.Calculate(Framework, withAbsent).Coverage);
    }

    [Fact]
    public void Calculate_CrimeScore_WeightsItsSpecificFactorsDouble()
    {
        var a = NewAssessment();
        Judge(a, "1.1", IndicatorStatus.Absent);       // C1 = 0
        Judge(a, "3.1", IndicatorStatus.Present, 3);   // G = 100 (one assessed indicator)
        Judge(a, "5.1", IndicatorStatus.Absent);       // W = 0

        var profile = ProfileCalculator.Calculate(Framework, a);

        Assert.Equal(66.7, profile.Crimes.Genocide.Score);              // (0 + 2 × 100) / 3
        Assert.Null(profile.Crimes.CrimesAgainstHumanity.Score);        // only C1 assessed: its specific factor H is not
        Assert.Equal(["H"], profile.Crimes.CrimesAgainstHumanity.UnassessedSpecificFactors);
        Assert.Equal(0, profile.Crimes.WarCrimes.Score);
        Assert.Equal(66.7, profile.Overall.Score);                      // the worst crime
        Assert.Equal("high", profile.Overall.Level);
        Assert.Equal(66.7, profile.EthnicCleansing.HighestScore);
    }

    [Theory]
    [InlineData(0.0, "low")]
    [InlineData(24.9, "low")]
    [InlineData(25.0, "moderate")]
    [InlineData(49.9, "moderate")]
    [InlineData(50.0, "high")]
    [InlineData(75.0, "very high")]
    [InlineData(100.0, "very high")]
    public void LevelOf_Boundaries_FollowTheDocumentedBands(double score, string level) =>
        Assert.Equal(level, ProfileCalculator.LevelOf(score));

    [Fact]
    public void Calculate_Resilience_IsReportedButDoesNotLowerRisk()
    {
        var a = NewAssessment();
        Judge(a, "1.1", IndicatorStatus.Present, 3);
        var before = ProfileCalculator.Calculate(Framework, a).Overall.Score;
        a.RateResilience("P2", 3, "Strong courts", "alice", Now);

        var after = ProfileCalculator.Calculate(Framework, a);

        Assert.Equal(before, after.Overall.Score);
        Assert.Equal(3, after.Resilience.Single(r => r.Id == "P2").Rating);
        Assert.Equal(11, after.Resilience.Count);
    }

    [Fact]
    public void Calculate_WorseningPresentIndicator_FlagsTheFactor()
    {
        var a = NewAssessment();
        Judge(a, "2.1", IndicatorStatus.Present, 1, Trend.Worsening);
        Assert.True(ProfileCalculator.Calculate(Framework, a).RiskFactors.Single(f => f.Id == "C2").Worsening);
    }

    // Eight coverage units: C1 lists five indicators, G, H one each, W (like RF14) none and counts as one.
    private static readonly FrameworkDefinition Thresholds = FrameworkParser.Parse("""
        { "id": "thresholds", "version": "1",
          "riskFactors": [
            { "id": "C1", "kind": "common", "crimes": ["genocide","crimesAgainstHumanity","warCrimes"], "title": "Common",
              "indicators": [ { "id": "1.1", "text": "a" }, { "id": "1.2", "text": "b" }, { "id": "1.3", "text": "c" }, { "id": "1.4", "text": "d" }, { "id": "1.5", "text": "e" } ] },
            { "id": "G", "kind": "specific", "crimes": ["genocide"], "title": "Genocide", "indicators": [ { "id": "2.1", "text": "a" } ] },
            { "id": "H", "kind": "specific", "crimes": ["crimesAgainstHumanity"], "title": "CAH", "indicators": [ { "id": "3.1", "text": "a" } ] },
            { "id": "W", "kind": "specific", "crimes": ["warCrimes"], "title": "War crimes", "indicators": [] }
          ] }
        """);

    private static RiskAssessment ThresholdAssessment(params string[] present)
    {
        var a = new RiskAssessment("CAF", "t", new DateOnly(2026, 9, 30), "alice", Thresholds, null, Classification.Internal, Now);
        foreach (var id in present)
        {
            a.Judge(Thresholds, id, IndicatorStatus.Present, 3, null, null, null, null, null, null, "alice", Now);
        }
        return a;
    }

    [Theory]
    [InlineData(1, false)]   // 1 of 8 units = 12.5 %
    [InlineData(2, true)]    // 2 of 8 = 25 %, the threshold itself
    [InlineData(3, true)]    // 37.5 %
    public void Calculate_OverallLevel_GivenFromTheCoverageThreshold(int indicators, bool levelled)
    {
        // G first (a crime with its specific factors assessed), then common indicators.
        string[] order = ["2.1", "1.1", "1.2"];
        var profile = ProfileCalculator.Calculate(Thresholds, ThresholdAssessment(order[..indicators]));

        Assert.Equal(levelled, profile.Overall.Level is not null);
        Assert.Equal(levelled ? null : LevelWithheld.LowCoverage, profile.Overall.Reason);
        Assert.Equal(levelled, profile.Overall.Score is not null);
    }

    [Fact]
    public void Calculate_CoverageJustBelowAQuarter_WithholdsTheLevel()
    {
        // 2.1 present plus 1.1 absent and 1.2 unknown: 2 of 8 units; one unknown more does not count.
        var a = ThresholdAssessment("2.1");
        a.Judge(Thresholds, "1.2", IndicatorStatus.Unknown, null, null, null, null, null, null, null, "alice", Now);
        Assert.Null(ProfileCalculator.Calculate(Thresholds, a).Overall.Level);
        a.Judge(Thresholds, "1.1", IndicatorStatus.Absent, null, null, null, null, null, null, null, "alice", Now);
        Assert.Equal("high", ProfileCalculator.Calculate(Thresholds, a).Overall.Level);   // genocide (C1 0 + 2 × G 100) / 3
    }

    [Fact]
    public void Calculate_CrimeWithUnassessedSpecificFactor_HasNoLevelWhateverItsCommonFactors()
    {
        var profile = ProfileCalculator.Calculate(Thresholds, ThresholdAssessment("1.1", "1.2", "1.3", "1.4", "1.5", "2.1"));

        Assert.Equal("very high", profile.Crimes.Genocide.Level);
        Assert.Null(profile.Crimes.CrimesAgainstHumanity.Level);
        Assert.Equal(LevelWithheld.SpecificFactorsUnassessed, profile.Crimes.CrimesAgainstHumanity.Reason);
        Assert.Equal(["W"], profile.Crimes.WarCrimes.UnassessedSpecificFactors);
        Assert.Equal(100, profile.Overall.Score);   // from genocide, the only crime with a level
    }

    [Fact]
    public void Calculate_OnlyCommonFactors_WithholdsOverallForWantOfSpecificFactors()
    {
        var profile = ProfileCalculator.Calculate(Thresholds, ThresholdAssessment("1.1", "1.2", "1.3"));

        Assert.Null(profile.Overall.Level);
        Assert.Equal(LevelWithheld.SpecificFactorsUnassessed, profile.Overall.Reason);
    }

    [Fact]
    public void Calculate_FactorJudgedAsWhole_ScoredFromThatJudgementAndFullyCovered()
    {
        var a = ThresholdAssessment("3.1");
        a.JudgeFactor(Thresholds, "W", IndicatorStatus.Present, 2, Trend.Worsening, null, "Shelling of markets", null, null, null, "alice", Now);
        a.Judge(Thresholds, "1.1", IndicatorStatus.Present, 1, null, null, null, null, null, null, "alice", Now);
        a.JudgeFactor(Thresholds, "C1", IndicatorStatus.Absent, null, null, null, null, null, null, null, "alice", Now);

        var profile = ProfileCalculator.Calculate(Thresholds, a);
        var w = profile.RiskFactors.Single(f => f.Id == "W");
        var c1 = profile.RiskFactors.Single(f => f.Id == "C1");

        Assert.Equal(66.7, w.Score);                 // 100 × severity 2 / 3, as a factor of one indicator
        Assert.True(w.JudgedAsWhole);
        Assert.True(w.Worsening);
        Assert.Equal(1, w.Coverage);
        Assert.Equal(0, c1.Score);                   // the whole judgement (absent), not indicator 1.1 (present)
        Assert.Equal(1, c1.Present);                 // …which still shows
        Assert.Equal(1, c1.Coverage);
        Assert.Equal(0.875, profile.Coverage);       // C1 5 + H 1 + W 1 of 8 units
        Assert.Equal(44.5, profile.Crimes.WarCrimes.Score);     // (C1 0 + 2 × W 66.7) / 3
        Assert.Equal("moderate", profile.Crimes.WarCrimes.Level);
    }
}
