using Vigil.Alerts;
using Vigil.Events.Series;

namespace Vigil.Events.Escalation;

/// <summary>
/// Flags months whose count is improbably high given the previous months. For each measure and month
/// t with at least <see cref="EscalationOptions.MinimumHistory"/> months before it: fit a
/// <see cref="CountBaseline"/> on months t−W..t−1, take the upper-tail probability p of the observed count
/// (<see cref="UpperTail"/>), and report when −log10 p ≥ the minimum score, the count exceeds the
/// expectation by the measure's minimum increase and by the minimum ratio. Severity grows with
/// surprise and size: moderate from score 4 and 2× expected, high from 6 and 3×, critical from 10 and 4×; and a flagged
/// month is never less severe than its absolute size says (<see cref="SeriesMeasure.Magnitudes"/>: 1,000 civilians
/// killed is critical).
/// </summary>
public sealed class EscalationDetector(EscalationOptions options)
{
    public EscalationDetector() : this(new EscalationOptions())
    {
    }

    public IEnumerable<EscalationFinding> Scan(EventSeries series, int fromMonth = 0)
    {
        var rows = series.Rows;
        foreach (var measure in SeriesMeasure.All)
        {
            foreach (var surge in ScanCounts([.. rows.Select(measure.Value)], measure.MinimumIncrease))
            {
                if (rows[surge.Index].Month < fromMonth)
                {
                    continue;
                }
                yield return new EscalationFinding(series.Country, series.Admin1, series.Source, rows[surge.Index].Month, measure.Name,
                    surge.Observed, Math.Round(surge.Expected, 2), Math.Round(surge.Score, 2), SeverityOf(surge.Score, surge.Observed / surge.Expected, measure.FloorFor(surge.Observed)), measure.Indicators);
            }
        }
    }

    /// <summary>The severity of surprise and ratio, raised to the measure's floor for a month of this size (<see cref="SeriesMeasure.Magnitudes"/>).</summary>
    public static SignalSeverity SeverityOf(double score, double ratio, SignalSeverity floor) =>
        (SignalSeverity)Math.Max((int)SeverityOf(score, ratio), (int)floor);

    /// <summary>
    /// The detector on any series of consecutive monthly counts (event measures, hate-speech volumes): each value with enough
    /// history before it that rises above its baseline by at least <paramref name="minimumIncrease"/> and the options' ratio and score.
    /// </summary>
    public IEnumerable<CountSurge> ScanCounts(int[] values, int minimumIncrease)
    {
        for (var t = options.MinimumHistory; t < values.Length; t++)
        {
            var start = Math.Max(0, t - options.Window);
            var baseline = CountBaseline.Fit(values.AsSpan(start, t - start));
            var observed = values[t];
            if (observed - baseline.Expected < minimumIncrease || observed < options.MinimumRatio * baseline.Expected)
            {
                continue;
            }
            var p = UpperTail.Probability(observed, baseline.Expected, baseline.Dispersion);
            var score = Math.Min(options.MaximumScore, p > 0 ? -Math.Log10(p) : options.MaximumScore);
            if (score < options.MinimumScore)
            {
                continue;
            }
            yield return new CountSurge(t, observed, baseline.Expected, score, SeverityOf(score, observed / baseline.Expected));
        }
    }

    public static SignalSeverity SeverityOf(double score, double ratio) =>
        score >= 10 && ratio >= 4 ? SignalSeverity.Critical
        : score >= 6 && ratio >= 3 ? SignalSeverity.High
        : score >= 4 && ratio >= 2 ? SignalSeverity.Moderate
        : SignalSeverity.Low;
}
