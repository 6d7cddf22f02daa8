namespace Vigil.Forecasting.ElasticNet;

/// <summary>
/// A fitted regularisation path: for each lambda the intercept and coefficients on the
/// predictors' original scale, plus the centring used to explain predictions.
/// </summary>
public sealed record ElasticNetPath(
    double[] Lambdas,
    double[] Intercepts,
    double[][] Coefficients,
    double[] DevianceRatios,
    double[] Means,
    double[] Scales)
{
    public int Count => Lambdas.Length;

    public double LinearPredictor(int index, ReadOnlySpan<double> x)
    {
        var beta = Coefficients[index];
        var eta = Intercepts[index];
        for (var j = 0; j < beta.Length; j++)
        {
            eta += beta[j] * x[j];
        }
        return eta;
    }

    public double Probability(int index, ReadOnlySpan<double> x) => 1.0 / (1.0 + Math.Exp(-LinearPredictor(index, x)));
}
