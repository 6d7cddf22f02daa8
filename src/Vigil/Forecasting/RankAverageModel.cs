using Vigil.Forecasting.ElasticNet;
using Vigil.Forecasting.Trees;

namespace Vigil.Forecasting;

/// <summary>
/// Averages its members' <em>ranks</em> rather than their probabilities, because the targets
/// (AUC, recall@k) are ranking metrics and members' probabilities live on different scales. Each
/// member's score becomes a percentile against that member's own predictions on its training
/// rows, so a row is scored alone (no batch effects). The mean percentile is mapped back to a
/// probability through the quantiles of the members' mean training probability — monotone, so the
/// ranking is kept. Nothing is fitted on FOOS outcomes: no weights, no tuning. Where a member
/// cannot score a row (the elastic net with a missing predictor) the others' percentiles are used.
/// </summary>
public sealed class RankAverageModel(string name, IReadOnlyList<IForecastModel> members) : IForecastModel
{
    public const string ModelName = "rankavg";

    /// <summary>Rank average of all three families (ewp, boost, forest).</summary>
    public const string ThreeModelName = "rankavg3";

    public RankAverageModel() : this(ModelName, [new ElasticNetModel(), new BoostedTreesModel()])
    {
    }

    public static RankAverageModel Three() => new(ThreeModelName, [new ElasticNetModel(), new BoostedTreesModel(), new RandomForestModel()]);

    public string Name => name;

    public string Description => $"Mean percentile rank of {string.Join(" and ", members.Select(m => m.Name))}, mapped back to a probability.";

    public bool NeedsCompletePredictors => members.All(m => m.NeedsCompletePredictors);

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
    {
        var trained = members.Select(m => m.Train(history, cancellationToken)).ToList();
        var reference = history.Where(r => r.HasKnownTarget).ToList();
        var inSample = trained.Select(t => t.Predict(reference)).ToList();
        var scales = inSample.Select(p => new EmpiricalScale([.. p.Where(x => !double.IsNaN(x))])).ToList();
        var means = new List<double>();
        for (var i = 0; i < reference.Count; i++)
        {
            var known = inSample.Select(p => p[i]).Where(x => !double.IsNaN(x)).ToList();
            if (known.Count == inSample.Count)
            {
                means.Add(known.Average());
            }
        }
        return new Trained(trained, scales, new EmpiricalScale([.. means]), TypicalValues.From(history));
    }

    private sealed class Trained(IReadOnlyList<ITrainedForecaster> members, IReadOnlyList<EmpiricalScale> scales,
        EmpiricalScale probability, TypicalValues typical) : ITrainedForecaster
    {
        public double[] Predict(IReadOnlyList<CountryYear> rows)
        {
            var each = members.Select(m => m.Predict(rows)).ToList();
            var result = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var percentiles = each.Select((p, m) => double.IsNaN(p[i]) ? double.NaN : scales[m].ToPercentile(p[i]))
                    .Where(u => !double.IsNaN(u)).ToList();
                result[i] = percentiles.Count == 0 ? double.NaN : probability.FromPercentile(percentiles.Average());
            }
            return result;
        }

        public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => OcclusionExplainer.Explain(this, row, typical);
    }
}

/// <summary>
/// A strictly increasing map between probabilities and percentiles (0..1) given a sample:
/// linear interpolation on the logit scale between order statistics (at (k + 0.5) / n), and
/// exponential tails beyond the sample so values outside its range stay ordered.
/// </summary>
public sealed class EmpiricalScale
{
    private readonly double[] _logits;

    public EmpiricalScale(double[] sample)
    {
        if (sample.Length == 0)
        {
            throw new ArgumentException("An empirical scale needs at least one value.", nameof(sample));
        }
        _logits = [.. sample.Select(Logit).Order()];
    }

    public double ToPercentile(double p)
    {
        var x = Logit(p);
        var n = _logits.Length;
        var lowest = 0.5 / n;
        if (x <= _logits[0])
        {
            return lowest * Math.Exp(x - _logits[0]);
        }
        if (x >= _logits[n - 1])
        {
            return 1 - lowest * Math.Exp(_logits[n - 1] - x);
        }
        var hi = Array.BinarySearch(_logits, x);
        if (hi >= 0)
        {
            // Equal order statistics: the middle of the run.
            var lo = hi;
            while (lo > 0 && _logits[lo - 1] == x) lo--;
            while (hi < n - 1 && _logits[hi + 1] == x) hi++;
            return ((lo + hi) / 2.0 + 0.5) / n;
        }
        hi = ~hi;
        var k = hi - 1;
        var f = (x - _logits[k]) / (_logits[hi] - _logits[k]);
        return (k + f + 0.5) / n;
    }

    public double FromPercentile(double u)
    {
        var n = _logits.Length;
        var lowest = 0.5 / n;
        double x;
        if (u <= lowest)
        {
            x = _logits[0] + Math.Log(Math.Max(u, 1e-300) / lowest);
        }
        else if (u >= 1 - lowest)
        {
            x = _logits[n - 1] - Math.Log(Math.Max(1 - u, 1e-300) / lowest);
        }
        else
        {
            var position = u * n - 0.5;
            var k = Math.Min((int)Math.Floor(position), n - 2);
            var f = position - k;
            x = _logits[k] + f * (_logits[k + 1] - _logits[k]);
        }
        return 1 / (1 + Math.Exp(-x));
    }

    private static double Logit(double p)
    {
        var clamped = Math.Clamp(p, 1e-12, 1 - 1e-12);
        return Math.Log(clamped / (1 - clamped));
    }
}
