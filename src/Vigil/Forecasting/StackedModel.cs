using Vigil.Forecasting.ElasticNet;
using Vigil.Forecasting.Trees;

namespace Vigil.Forecasting;

/// <summary>
/// Stacking with a time-ordered inner validation, all inside the training years it is given:
/// for the last training year T the members are refitted on years ≤ T′ (T′ = T−8…T−4) and
/// forecast year T′+2, whose two-year outcome ends by T; a logistic meta-learner on the members'
/// logits (intercept, fixed ridge penalty on the weights) is fitted on those out-of-sample
/// forecasts and applied to the members trained on all years ≤ T. Nothing sees FOOS outcomes.
/// Rows the first member cannot score get the second member's probability.
/// </summary>
public sealed class StackedModel(IForecastModel first, IForecastModel second, bool convexBlend = false) : IForecastModel
{
    public const string ModelName = "stack";

    /// <summary>Convex weight of the first member on the probability scale, from a fixed grid, by inner log-loss.</summary>
    public const string BlendName = "blend";

    private static readonly double[] BlendGrid = [0, 0.25, 0.5, 0.75, 1];
    private const int FirstInnerLag = 8;
    private const int LastInnerLag = 4;
    private const double Ridge = 1.0;

    public StackedModel() : this(new ElasticNetModel(), new BoostedTreesModel())
    {
    }

    public static StackedModel Blend() => new(new ElasticNetModel(), new BoostedTreesModel(), convexBlend: true);

    public string Name => convexBlend ? BlendName : ModelName;

    public string Description => $"Logistic stacking of {first.Name} and {second.Name}, weights fitted on time-ordered inner forecasts.";

    public bool NeedsCompletePredictors => first.NeedsCompletePredictors && second.NeedsCompletePredictors;

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
    {
        var lastYear = history.Max(r => r.Year);
        var features = new List<double[]>();
        var labels = new List<double>();
        for (var lag = FirstInnerLag; lag >= LastInnerLag; lag--)
        {
            var innerLast = lastYear - lag;
            var inner = history.Where(r => r.Year <= innerLast).ToList();
            if (inner.Count(r => r.MkOnset1Or2 == 1) < 5)
            {
                continue;
            }
            var target = history.Where(r => r.Year == innerLast + FoosBacktest.Gap && r.HasCompletePredictors && r.HasKnownTarget).ToList();
            if (target.Count == 0)
            {
                continue;
            }
            var a = first.Train(inner, cancellationToken).Predict(target);
            var b = second.Train(inner, cancellationToken).Predict(target);
            for (var i = 0; i < target.Count; i++)
            {
                if (!double.IsNaN(a[i]) && !double.IsNaN(b[i]))
                {
                    features.Add([Logit(a[i]), Logit(b[i])]);
                    labels.Add(target[i].MkOnset1Or2 == 1 ? 1 : 0);
                }
            }
        }
        var weights = labels.Sum() < 1 ? (convexBlend ? [0.5] : [0, 0.5, 0.5])
            : convexBlend ? [ChooseBlend(features, labels)] : FitLogistic(features, labels);
        return new Trained(first.Train(history, cancellationToken), second.Train(history, cancellationToken), weights, TypicalValues.From(history));
    }

    /// <summary>The grid weight with the lowest log-loss on the inner forecasts; ties go to ½.</summary>
    internal static double ChooseBlend(IReadOnlyList<double[]> logits, IReadOnlyList<double> y)
    {
        var best = 0.5;
        var bestLoss = double.PositiveInfinity;
        foreach (var w in BlendGrid.OrderBy(w => Math.Abs(w - 0.5)))
        {
            var loss = 0.0;
            for (var i = 0; i < y.Count; i++)
            {
                var p = Math.Clamp(w * Sigmoid(logits[i][0]) + (1 - w) * Sigmoid(logits[i][1]), 1e-12, 1 - 1e-12);
                loss -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
            }
            if (loss < bestLoss - 1e-12)
            {
                (best, bestLoss) = (w, loss);
            }
        }
        return best;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Ridge-penalised logistic regression (intercept unpenalised) by Newton's method.</summary>
    internal static double[] FitLogistic(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var p = x[0].Length + 1;
        var beta = new double[p];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (var i = 0; i < x.Count; i++)
            {
                var row = new double[p];
                row[0] = 1;
                Array.Copy(x[i], 0, row, 1, p - 1);
                var eta = 0.0;
                for (var j = 0; j < p; j++) eta += beta[j] * row[j];
                var mu = 1 / (1 + Math.Exp(-eta));
                var w = Math.Max(mu * (1 - mu), 1e-10);
                for (var j = 0; j < p; j++)
                {
                    gradient[j] += (y[i] - mu) * row[j];
                    for (var k = 0; k < p; k++) hessian[j, k] += w * row[j] * row[k];
                }
            }
            for (var j = 1; j < p; j++)
            {
                gradient[j] -= Ridge * beta[j];
                hessian[j, j] += Ridge;
            }
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j < p; j++)
            {
                beta[j] += step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }
            if (change < 1e-8)
            {
                break;
            }
        }
        return beta;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            (x[c], x[pivot]) = (x[pivot], x[c]);
            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = m[r, c] / m[c, c];
                for (var k = 0; k < n; k++) m[r, k] -= f * m[c, k];
                x[r] -= f * x[c];
            }
        }
        for (var c = 0; c < n; c++) x[c] /= m[c, c];
        return x;
    }

    private static double Logit(double p)
    {
        var clamped = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(clamped / (1 - clamped));
    }

    private sealed class Trained(ITrainedForecaster first, ITrainedForecaster second, double[] weights, TypicalValues typical) : ITrainedForecaster
    {
        public double[] Predict(IReadOnlyList<CountryYear> rows)
        {
            var a = first.Predict(rows);
            var b = second.Predict(rows);
            var result = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                result[i] = double.IsNaN(a[i]) ? b[i]
                    : double.IsNaN(b[i]) ? a[i]
                    : weights.Length == 1 ? weights[0] * a[i] + (1 - weights[0]) * b[i] // convex blend
                    : 1 / (1 + Math.Exp(-(weights[0] + weights[1] * Logit(a[i]) + weights[2] * Logit(b[i]))));
            }
            return result;
        }

        public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => OcclusionExplainer.Explain(this, row, typical);
    }
}
