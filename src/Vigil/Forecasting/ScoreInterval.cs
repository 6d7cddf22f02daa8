namespace Vigil.Forecasting;

/// <summary>A 95 % percentile interval of a score over bootstrap replicates.</summary>
public readonly record struct ScoreInterval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>The 2.5th and 97.5th percentiles (linear interpolation) of the values that are numbers.</summary>
    public static ScoreInterval Of(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Where(v => !double.IsNaN(v)).Order()];
        return sorted.Length == 0 ? new(double.NaN, double.NaN) : new(Quantile(sorted, 0.025), Quantile(sorted, 0.975));
    }

    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
