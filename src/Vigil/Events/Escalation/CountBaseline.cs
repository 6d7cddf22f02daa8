namespace Vigil.Events.Escalation;

/// <summary>
/// The expected count for the month after a window of monthly counts, from a quasi-Poisson log-linear
/// model log μ(t) = a + b·t fitted by iteratively re-weighted least squares (the Farrington approach
/// used in disease-outbreak surveillance). The trend b is kept only when it is significant (|b/se| ≥ 1.96,
/// se scaled by the dispersion); otherwise the baseline is the window mean. Unlike Farrington, a rising
/// trend may forecast above the window's maximum — a steady escalation is expected to go on, and only a
/// break from it is news — but at most <see cref="TrendCap"/> times that maximum, so that a short, steep
/// run cannot extrapolate to absurd levels. Dispersion φ = Pearson χ²/(n − p), at least 1.
/// </summary>
public readonly record struct CountBaseline(double Expected, double Dispersion, bool Trend)
{
    private const int Iterations = 25;
    public const double TrendCap = 1.5;

    public static CountBaseline Fit(ReadOnlySpan<int> window)
    {
        var n = window.Length;
        double sum = 0, max = 0;
        foreach (var y in window)
        {
            sum += y;
            max = Math.Max(max, y);
        }
        var mean = sum / n;
        // A window of zeros expects a little less than one event in the whole window, never exactly none.
        var floor = 0.5 / n;
        if (sum == 0)
        {
            return new CountBaseline(floor, 1, false);
        }
        if (n >= 6 && TryTrend(window, out var a, out var b, out var seB, out var phiTrend))
        {
            var forecast = Math.Min(Math.Exp(a), TrendCap * max);
            if (Math.Abs(b) / (seB * Math.Sqrt(phiTrend)) >= 1.96)
            {
                return new CountBaseline(Math.Max(forecast, floor), phiTrend, true);
            }
        }
        double chi = 0;
        foreach (var y in window)
        {
            chi += (y - mean) * (y - mean) / mean;
        }
        return new CountBaseline(Math.Max(mean, floor), Math.Max(1, chi / (n - 1)), false);
    }

    /// <summary>Poisson GLM with log link on t = −n..−1, so exp(a) is the forecast for t = 0.</summary>
    private static bool TryTrend(ReadOnlySpan<int> y, out double a, out double b, out double seB, out double phi)
    {
        var n = y.Length;
        double mean = 0;
        foreach (var v in y)
        {
            mean += v;
        }
        mean /= n;
        a = Math.Log(mean);
        b = 0;
        seB = double.PositiveInfinity;
        phi = 1;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            double s0 = 0, s1 = 0, s2 = 0, z0 = 0, z1 = 0;
            for (var k = 0; k < n; k++)
            {
                double t = k - n;
                var mu = Math.Exp(a + b * t);
                var z = a + b * t + (y[k] - mu) / mu;
                s0 += mu;
                s1 += mu * t;
                s2 += mu * t * t;
                z0 += mu * z;
                z1 += mu * z * t;
            }
            var det = s0 * s2 - s1 * s1;
            if (!(det > 1e-12))
            {
                return false;
            }
            var na = (s2 * z0 - s1 * z1) / det;
            var nb = (s0 * z1 - s1 * z0) / det;
            if (!double.IsFinite(na) || !double.IsFinite(nb) || Math.Abs(nb) > 5)
            {
                return false;
            }
            var done = Math.Abs(na - a) < 1e-8 && Math.Abs(nb - b) < 1e-8;
            a = na;
            b = nb;
            seB = Math.Sqrt(s0 / det);
            if (done)
            {
                break;
            }
        }
        double chi = 0;
        for (var k = 0; k < n; k++)
        {
            var mu = Math.Exp(a + b * (k - n));
            chi += (y[k] - mu) * (y[k] - mu) / mu;
        }
        phi = Math.Max(1, chi / (n - 2));
        return true;
    }
}
