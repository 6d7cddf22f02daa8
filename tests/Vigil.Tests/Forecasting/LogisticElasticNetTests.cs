using Vigil.Forecasting.ElasticNet;
using Xunit;

namespace Vigil.Tests.Forecasting;

public sealed class LogisticElasticNetTests
{
    /// <summary>Two predictors on different scales, outcome drawn from a known logistic model (not separable).</summary>
    private static (DesignMatrix X, double[] Y) Sample(int n = 400, int seed = 7)
    {
        var random = new Random(seed);
        var x1 = new double[n];
        var x2 = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x1[i] = random.NextDouble() * 4 - 2;
            x2[i] = 100 + 30 * (random.NextDouble() - 0.5);
            var eta = -0.5 + 1.2 * x1[i] - 0.03 * (x2[i] - 100);
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }
        return (new DesignMatrix([x1, x2]), y);
    }

    /// <summary>Unpenalised maximum likelihood by Newton–Raphson, for comparison.</summary>
    private static double[] NewtonLogistic(DesignMatrix x, double[] y)
    {
        var p = x.Count + 1;
        var beta = new double[p];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (var i = 0; i < x.Rows; i++)
            {
                double[] row = [1, .. x.Columns.Select(c => c[i])];
                var eta = row.Select((v, j) => v * beta[j]).Sum();
                var prob = 1 / (1 + Math.Exp(-eta));
                for (var a = 0; a < p; a++)
                {
                    gradient[a] += (y[i] - prob) * row[a];
                    for (var b = 0; b < p; b++)
                    {
                        hessian[a, b] += prob * (1 - prob) * row[a] * row[b];
                    }
                }
            }
            var step = Solve(hessian, gradient);
            for (var j = 0; j < p; j++)
            {
                beta[j] += step[j];
            }
        }
        return beta;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var k = 0; k < n; k++)
        {
            for (var i = k + 1; i < n; i++)
            {
                var f = m[i, k] / m[k, k];
                for (var j = k; j < n; j++)
                {
                    m[i, j] -= f * m[k, j];
                }
                v[i] -= f * v[k];
            }
        }
        var result = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var s = v[i];
            for (var j = i + 1; j < n; j++)
            {
                s -= m[i, j] * result[j];
            }
            result[i] = s / m[i, i];
        }
        return result;
    }

    [Fact]
    public void Fit_LambdaNearZero_MatchesUnpenalisedLogisticRegression()
    {
        var (x, y) = Sample();
        var path = LogisticElasticNet.Fit(x, y, new ElasticNetSettings { Threshold = 1e-12 }, [1e-9]);
        var expected = NewtonLogistic(x, y);
        Assert.Equal(expected[0], path.Intercepts[0], 4);
        Assert.Equal(expected[1], path.Coefficients[0][0], 4);
        Assert.Equal(expected[2], path.Coefficients[0][1], 4);
    }

    [Fact]
    public void Fit_DefaultPath_StartsAtLambdaMaxWithAllCoefficientsZero()
    {
        var (x, y) = Sample();
        var path = LogisticElasticNet.Fit(x, y, new ElasticNetSettings());
        Assert.All(path.Coefficients[0], b => Assert.Equal(0, b));
        Assert.Contains(path.Coefficients[1], b => b != 0);
        var mean = y.Average();
        Assert.Equal(Math.Log(mean / (1 - mean)), path.Intercepts[0], 10);
    }

    [Fact]
    public void Fit_DefaultPath_HasGlmnetLambdaSpacing()
    {
        var (x, y) = Sample();
        var path = LogisticElasticNet.Fit(x, y, new ElasticNetSettings { DevianceGainFloor = 0 });
        Assert.Equal(100, path.Count);
        Assert.Equal(1e-4, path.Lambdas[^1] / path.Lambdas[0], 10);
    }

    [Fact]
    public void Fit_SmallerLambda_ShrinksCoefficientsLess()
    {
        var (x, y) = Sample();
        var path = LogisticElasticNet.Fit(x, y, new ElasticNetSettings());
        var norms = path.Coefficients.Select(b => Math.Abs(b[0] * path.Scales[0]) + Math.Abs(b[1] * path.Scales[1])).ToArray();
        Assert.True(norms[^1] > norms[10]);
        Assert.True(norms[10] > 0);
    }

    [Fact]
    public void CrossValidation_SameSeed_ChoosesTheSameLambda()
    {
        var (x, y) = Sample();
        var first = CrossValidatedElasticNet.Fit(x, y, new ElasticNetSettings(), seed: 3);
        var second = CrossValidatedElasticNet.Fit(x, y, new ElasticNetSettings(), seed: 3);
        Assert.Equal(first.LambdaMin, second.LambdaMin);
        Assert.Equal(first.MeanDeviance.Min(), first.MeanDeviance[first.BestIndex]);
        Assert.Contains(first.Coefficients, b => b != 0);
    }

    [Fact]
    public void AssignFolds_TenFolds_AreBalanced()
    {
        var folds = CrossValidatedElasticNet.AssignFolds(105, 10, 1);
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToList();
        Assert.Equal(10, sizes.Count);
        Assert.All(sizes, s => Assert.InRange(s, 10, 11));
    }
}
