using Vigil.Alerts;
using Vigil.Events.Escalation;
using Vigil.Events.Series;

namespace Vigil.Tests.Events;

/// <summary>The detector on small synthetic series whose answer is known.</summary>
public sealed class EscalationDetectorTests
{
    // A noisy but level civilian-events series around 5 a month (3 years).
    private static readonly int[] Level = [4, 6, 5, 3, 7, 5, 4, 6, 5, 5, 3, 6, 7, 4, 5, 6, 4, 5, 3, 6, 5, 7, 4, 5, 6, 5, 4, 6, 3, 5, 7, 5, 4, 6, 5, 4];

    private static EventSeries Series(params int[] civilianEvents) => new("XTA", "", "acled",
        civilianEvents.Select((v, i) => new SeriesRow("XTA", "", 201001 + i / 12 * 100 + i % 12, v, 0, v, 0)).ToList());

    private static List<EscalationFinding> Civilian(EventSeries series) =>
        new EscalationDetector().Scan(series).Where(f => f.Measure == "civilian_events").ToList();

    [Fact]
    public void Scan_LevelSeriesThenSpike_FiresOnlyAtTheSpike()
    {
        var findings = Civilian(Series([.. Level, 30]));
        var spike = Assert.Single(findings);
        Assert.Equal(201301, spike.Month);
        Assert.Equal(30, spike.Observed);
        Assert.InRange(spike.Expected, 4, 6);
        Assert.True(spike.Severity >= SignalSeverity.High, $"severity {spike.Severity}");
        Assert.Equal(["7.8", "11.1", "11.2"], spike.Indicators);
    }

    [Fact]
    public void Scan_SteadyGrowth_IsExpectedNotAnEscalation()
    {
        var growth = Enumerable.Range(0, 48).Select(t => (int)Math.Round(5 * Math.Pow(1.05, t))).ToArray();
        Assert.Empty(Civilian(Series(growth)));
        // A break from the trend still fires: double the level the trend expects.
        var broken = growth.Append(2 * (int)Math.Round(5 * Math.Pow(1.05, 48))).ToArray();
        Assert.Equal(201401, Assert.Single(Civilian(Series(broken))).Month);
    }

    [Fact]
    public void Scan_ZeroHistory_SmallRiseIgnoredLargeRiseFires()
    {
        var zeros = new int[24];
        Assert.Empty(Civilian(Series([.. zeros, 4])));
        var fired = Assert.Single(Civilian(Series([.. zeros, 8])));
        Assert.Equal(8, fired.Observed);
    }

    [Fact]
    public void Scan_TooLittleHistory_NothingJudged()
    {
        Assert.Empty(new EscalationDetector().Scan(Series(1, 0, 2, 1, 0, 1, 50)));
    }

    [Fact]
    public void UpperTail_Poisson_MatchesDirectSum()
    {
        // P(X >= 10) for Poisson(3) = 1 - sum_{k<10} e^-3 3^k / k!
        double cdf = 0, term = Math.Exp(-3);
        for (var k = 0; k < 10; k++)
        {
            cdf += term;
            term *= 3.0 / (k + 1);
        }
        Assert.Equal(1 - cdf, UpperTail.Probability(10, 3, 1), 1e-10);
    }

    [Fact]
    public void UpperTail_NegativeBinomial_MatchesDirectSum()
    {
        // Mean 5, dispersion 2: size r = 5, success probability 1/2; pmf(k) = C(k+r-1, k) p^r (1-p)^k.
        double cdf = 0, term = Math.Pow(0.5, 5);
        for (var k = 0; k < 15; k++)
        {
            cdf += term;
            term *= (k + 5.0) / (k + 1) * 0.5;
        }
        Assert.Equal(1 - cdf, UpperTail.Probability(15, 5, 2), 1e-10);
        Assert.True(UpperTail.Probability(15, 5, 2) > UpperTail.Probability(15, 5, 1), "overdispersion makes a high count less surprising");
    }

    [Fact]
    public void SeverityOf_GrowsWithScoreAndRatio()
    {
        Assert.Equal(SignalSeverity.Low, EscalationDetector.SeverityOf(3.5, 10));
        Assert.Equal(SignalSeverity.Moderate, EscalationDetector.SeverityOf(5, 2.5));
        Assert.Equal(SignalSeverity.High, EscalationDetector.SeverityOf(7, 3));
        Assert.Equal(SignalSeverity.Critical, EscalationDetector.SeverityOf(12, 5));
        Assert.Equal(SignalSeverity.Low, EscalationDetector.SeverityOf(12, 1.6));
    }

    [Fact]
    public void Scan_MassKillingInAnOverDispersedSeries_IsCriticalWhateverTheSurprise()
    {
        // Twelve months of nothing but one burst: over-dispersed, so even 2,118 civilian deaths against 46 expected is only
        // mildly surprising (score 3.35), and the surprise rule alone called it low.
        int[] deaths = [0, 0, 550, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2118];
        var series = new EventSeries("XTA", "", "ucdp-ged",
            deaths.Select((v, i) => new SeriesRow("XTA", "", 201001 + i / 12 * 100 + i % 12, 1, v, 1, v)).ToList());
        var finding = Assert.Single(new EscalationDetector().Scan(series), f => f.Measure == "civilian_deaths");
        Assert.True(EscalationDetector.SeverityOf(finding.Score, finding.Observed / finding.Expected) == SignalSeverity.Low,
            $"the series should be one the surprise rule underrates (score {finding.Score}, expected {finding.Expected})");
        Assert.Equal(SignalSeverity.Critical, finding.Severity);
        Assert.Equal(SignalSeverity.High, Assert.Single(new EscalationDetector().Scan(series), f => f.Measure == "fatalities").Severity);
    }

    [Fact]
    public void FloorFor_RaisesSeverityOnlyFromTheDocumentedSizes()
    {
        Assert.Equal(SignalSeverity.Low, SeriesMeasure.CivilianDeaths.FloorFor(49));
        Assert.Equal(SignalSeverity.Moderate, SeriesMeasure.CivilianDeaths.FloorFor(50));
        Assert.Equal(SignalSeverity.High, SeriesMeasure.CivilianDeaths.FloorFor(250));
        Assert.Equal(SignalSeverity.Critical, SeriesMeasure.CivilianDeaths.FloorFor(1000));
        Assert.Equal(SignalSeverity.High, SeriesMeasure.Fatalities.FloorFor(5000));
        Assert.Equal(SignalSeverity.Low, SeriesMeasure.Events.FloorFor(5000));
        Assert.Equal(SignalSeverity.Critical, EscalationDetector.SeverityOf(3.2, 190, SignalSeverity.Critical));
        Assert.Equal(SignalSeverity.Critical, EscalationDetector.SeverityOf(12, 5, SignalSeverity.Moderate));
    }
}
