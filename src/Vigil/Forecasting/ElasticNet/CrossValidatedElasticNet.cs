namespace Vigil.Forecasting.ElasticNet;

/// <summary>
/// cv.glmnet for the binomial family: fit the path on all rows, refit it on each fold's
/// complement with the same lambdas, score the held-out rows by binomial deviance (probabilities
/// clipped to [1e-5, 1−1e-5] as cv.glmnet does), and pick lambda.min — the largest lambda whose
/// mean deviance is the minimum. Folds are a seeded shuffle of 1…k repeated, so runs are reproducible.
/// </summary>
public sealed record CrossValidatedElasticNet(ElasticNetPath Path, double[] MeanDeviance, int BestIndex)
{
    public const int DefaultSeed = 20_250_903;

    public double LambdaMin => Path.Lambdas[BestIndex];

    public double[] Coefficients => Path.Coefficients[BestIndex];

    public double Intercept => Path.Intercepts[BestIndex];

    public double Probability(ReadOnlySpan<double> x) => Path.Probability(BestIndex, x);

    public static CrossValidatedElasticNet Fit(DesignMatrix x, double[] y, ElasticNetSettings settings, int folds = 10,
        int seed = DefaultSeed, bool parallel = true)
    {
        var full = LogisticElasticNet.Fit(x, y, settings);
        var foldOf = AssignFolds(x.Rows, folds, seed);
        var deviance = new double[folds][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.For(0, folds, options, f =>
        {
            var train = new List<int>();
            var test = new List<int>();
            for (var i = 0; i < foldOf.Length; i++)
            {
                (foldOf[i] == f ? test : train).Add(i);
            }
            var path = LogisticElasticNet.Fit(x.Subset(train), [.. train.Select(i => y[i])], settings, full.Lambdas, standardiseInPlace: true);
            var sums = new double[full.Count];
            var row = new double[x.Count];
            foreach (var i in test)
            {
                for (var j = 0; j < row.Length; j++)
                {
                    row[j] = x.Columns[j][i];
                }
                for (var k = 0; k < path.Count; k++)
                {
                    var prob = Math.Clamp(path.Probability(k, row), 1e-5, 1 - 1e-5);
                    sums[k] += -2 * (y[i] * Math.Log(prob) + (1 - y[i]) * Math.Log(1 - prob));
                }
            }
            deviance[f] = sums;
        });
        var mean = new double[full.Count];
        for (var k = 0; k < mean.Length; k++)
        {
            mean[k] = deviance.Sum(d => d[k]) / x.Rows;
        }
        var best = 0;
        for (var k = 1; k < mean.Length; k++)
        {
            if (mean[k] < mean[best])
            {
                best = k;
            }
        }
        return new CrossValidatedElasticNet(full, mean, best);
    }

    /// <summary>Like R's sample(rep(seq(k), length = n)): balanced fold labels in a seeded random order.</summary>
    public static int[] AssignFolds(int n, int folds, int seed)
    {
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % folds;
        }
        new Random(seed).Shuffle(labels);
        return labels;
    }
}
