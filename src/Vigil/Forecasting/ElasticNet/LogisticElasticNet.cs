using System.Numerics;

namespace Vigil.Forecasting.ElasticNet;

/// <summary>
/// Elastic-net logistic regression fitted along a lambda path by pathwise coordinate descent,
/// as glmnet does (Friedman, Hastie &amp; Tibshirani 2010, J. Stat. Softw. 33(1)): predictors
/// standardised with 1/n weights, an unpenalised intercept, an outer IRLS loop that replaces the
/// log-likelihood by its quadratic approximation, warm starts from the previous lambda, the
/// sequential strong rule to screen predictors, and active-set cycling.
/// Objective: −(1/n)·loglik + λ·[(1−α)/2·‖β‖² + α·‖β‖₁].
/// </summary>
public static class LogisticElasticNet
{
    /// <param name="lambdas">A fixed lambda sequence (as cv.glmnet passes to its fold fits), or null for glmnet's own.</param>
    public static ElasticNetPath Fit(DesignMatrix x, ReadOnlySpan<double> y, ElasticNetSettings settings, double[]? lambdas = null) =>
        Fit(x, y, settings, lambdas, standardiseInPlace: false);

    /// <param name="standardiseInPlace">Overwrite <paramref name="x"/>'s columns (a fold's private copy) instead of allocating new ones.</param>
    internal static ElasticNetPath Fit(DesignMatrix x, ReadOnlySpan<double> y, ElasticNetSettings settings, double[]? lambdas,
        bool standardiseInPlace)
    {
        int n = x.Rows, p = x.Count;
        if (n == 0 || y.Length != n)
        {
            throw new ArgumentException("The outcome must have one value per row and there must be rows.", nameof(y));
        }
        var (z, means, scales) = Standardise(x, standardiseInPlace);
        var w = 1.0 / n;
        var ybar = 0.0;
        foreach (var v in y)
        {
            ybar += v;
        }
        ybar /= n;
        if (ybar <= 0 || ybar >= 1)
        {
            throw new ArgumentException("The outcome needs both 0s and 1s to fit a logistic regression.", nameof(y));
        }
        var alpha = settings.Alpha;
        var nullDeviance = -2 * (ybar * Math.Log(ybar) + (1 - ybar) * Math.Log(1 - ybar));
        var threshold = settings.Threshold * nullDeviance;

        var b0 = Math.Log(ybar / (1 - ybar));
        var beta = new double[p];
        var eta = new double[n];
        Array.Fill(eta, b0);
        var resid = new double[n];
        var weights = new double[n];
        var gradient = new double[p];
        for (var i = 0; i < n; i++)
        {
            resid[i] = w * (y[i] - ybar);
        }
        ComputeGradient(z, resid, gradient);
        var lambdaMax = 0.0;
        for (var j = 0; j < p; j++)
        {
            if (z[j] is not null)
            {
                lambdaMax = Math.Max(lambdaMax, Math.Abs(gradient[j]));
            }
        }
        lambdaMax /= Math.Max(alpha, 1e-3);
        var userLambdas = lambdas is not null;
        lambdas ??= Sequence(lambdaMax, settings.LambdaCount, settings.LambdaMinRatio ?? (n > p ? 1e-4 : 1e-2));

        var strong = new bool[p];
        var active = new bool[p];
        var xv = new double[p];
        var betaStart = new double[p];
        var intercepts = new List<double>();
        var coefficients = new List<double[]>();
        var ratios = new List<double>();
        var previousLambda = lambdaMax;
        for (var k = 0; k < lambdas.Length; k++)
        {
            var lambda = lambdas[k];
            double l1 = lambda * alpha, l2 = lambda * (1 - alpha);
            var screen = alpha * (2 * lambda - previousLambda);
            for (var j = 0; j < p; j++)
            {
                strong[j] |= z[j] is not null && Math.Abs(gradient[j]) > screen;
            }
            var iterations = 0;
            while (true)
            {
                var sumWeights = Weights(eta, y, w, settings.ProbabilityFloor, weights, resid);
                for (var j = 0; j < p; j++)
                {
                    if (strong[j])
                    {
                        xv[j] = VectorMath.WeightedSquares(weights, z[j]!);
                    }
                }
                Array.Copy(beta, betaStart, p);
                var b0Start = b0;
                // Coordinate descent on the quadratic approximation: a pass over the strong set,
                // then passes over the active set until they change nothing, then again.
                while (true)
                {
                    var change = Pass(z, strong, active, beta, ref b0, xv, weights, resid, sumWeights, l1, l2, markActive: true);
                    iterations++;
                    if (change < threshold)
                    {
                        break;
                    }
                    while (Pass(z, active, active, beta, ref b0, xv, weights, resid, sumWeights, l1, l2, markActive: false) >= threshold)
                    {
                        if (++iterations > settings.MaxIterations)
                        {
                            throw new InvalidOperationException($"Coordinate descent did not converge at lambda {lambda:G4}.");
                        }
                    }
                }
                var outerChange = sumWeights * (b0 - b0Start) * (b0 - b0Start);
                for (var j = 0; j < p; j++)
                {
                    if (strong[j])
                    {
                        var d = beta[j] - betaStart[j];
                        outerChange = Math.Max(outerChange, xv[j] * d * d);
                    }
                }
                LinearPredictor(z, active, beta, b0, eta);
                if (outerChange >= threshold)
                {
                    continue;
                }
                // KKT check for the predictors the strong rule screened out.
                Weights(eta, y, w, settings.ProbabilityFloor, weights, resid);
                ComputeGradient(z, resid, gradient);
                var violated = false;
                for (var j = 0; j < p; j++)
                {
                    if (z[j] is not null && !strong[j] && Math.Abs(gradient[j]) > l1)
                    {
                        strong[j] = true;
                        violated = true;
                    }
                }
                if (!violated)
                {
                    break;
                }
            }
            previousLambda = lambda;
            var ratio = 1 - Deviance(eta, y) / nullDeviance;
            intercepts.Add(b0);
            coefficients.Add((double[])beta.Clone());
            ratios.Add(ratio);
            if (!userLambdas && k + 1 >= settings.MinimumLambdas
                && (ratio > settings.DevianceRatioCeiling || ratio - ratios[k - 1] < settings.DevianceGainFloor))
            {
                break;
            }
        }
        return ToOriginalScale(lambdas[..intercepts.Count], intercepts, coefficients, ratios, means, scales);
    }

    public static double[] Sequence(double lambdaMax, int count, double minRatio)
    {
        var lambdas = new double[count];
        var step = Math.Pow(minRatio, 1.0 / (count - 1));
        for (var k = 0; k < count; k++)
        {
            lambdas[k] = lambdaMax * Math.Pow(step, k);
        }
        return lambdas;
    }

    private static double Pass(double[]?[] z, bool[] set, bool[] active, double[] beta, ref double b0, double[] xv,
        double[] weights, double[] resid, double sumWeights, double l1, double l2, bool markActive)
    {
        var change = 0.0;
        for (var j = 0; j < beta.Length; j++)
        {
            if (!set[j])
            {
                continue;
            }
            var column = z[j]!;
            var old = beta[j];
            var u = VectorMath.Dot(column, resid) + xv[j] * old;
            var updated = Math.Abs(u) <= l1 ? 0 : (u - Math.Sign(u) * l1) / (xv[j] + l2);
            if (updated == old)
            {
                continue;
            }
            beta[j] = updated;
            if (markActive && updated != 0)
            {
                active[j] = true;
            }
            var d = updated - old;
            VectorMath.SubtractScaledProduct(resid, d, weights, column);
            change = Math.Max(change, xv[j] * d * d);
        }
        var sumResid = 0.0;
        foreach (var r in resid)
        {
            sumResid += r;
        }
        var d0 = sumResid / sumWeights;
        if (d0 != 0)
        {
            b0 += d0;
            for (var i = 0; i < resid.Length; i++)
            {
                resid[i] -= d0 * weights[i];
            }
            change = Math.Max(change, sumWeights * d0 * d0);
        }
        return change;
    }

    /// <summary>IRLS weights w·p(1−p) and working residuals w·(y−p); returns the weights' sum.</summary>
    private static double Weights(double[] eta, ReadOnlySpan<double> y, double w, double floor, double[] weights, double[] resid)
    {
        var sum = VectorMath.LogisticWeights(eta, y, w, floor, weights, resid);
        for (var i = eta.Length - eta.Length % Vector<double>.Count; i < eta.Length; i++)
        {
            var prob = Math.Clamp(1.0 / (1.0 + Math.Exp(-eta[i])), floor, 1 - floor);
            weights[i] = w * prob * (1 - prob);
            resid[i] = w * (y[i] - prob);
            sum += weights[i];
        }
        return sum;
    }

    private static void ComputeGradient(double[]?[] z, double[] resid, double[] gradient)
    {
        for (var j = 0; j < z.Length; j++)
        {
            gradient[j] = z[j] is { } column ? VectorMath.Dot(column, resid) : 0;
        }
    }

    private static void LinearPredictor(double[]?[] z, bool[] active, double[] beta, double b0, double[] eta)
    {
        Array.Fill(eta, b0);
        for (var j = 0; j < beta.Length; j++)
        {
            if (active[j] && beta[j] != 0)
            {
                VectorMath.AddScaled(eta, beta[j], z[j]!);
            }
        }
    }

    private static double Deviance(double[] eta, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < eta.Length; i++)
        {
            // log(1+e^η) − y·η, computed without overflow.
            var e = eta[i];
            sum += (e > 0 ? e + double.LogP1(Math.Exp(-e)) : double.LogP1(Math.Exp(e))) - y[i] * e;
        }
        return 2 * sum / eta.Length;
    }

    /// <summary>Standardised copies of the columns (population SD); constant columns are null and stay out of the model.</summary>
    private static (double[]?[] Z, double[] Means, double[] Scales) Standardise(DesignMatrix x, bool inPlace)
    {
        var z = new double[]?[x.Count];
        var means = new double[x.Count];
        var scales = new double[x.Count];
        for (var j = 0; j < x.Count; j++)
        {
            var column = x.Columns[j];
            var mean = column.Average();
            var ss = 0.0;
            foreach (var v in column)
            {
                ss += (v - mean) * (v - mean);
            }
            var sd = Math.Sqrt(ss / column.Length);
            means[j] = mean;
            scales[j] = sd;
            if (sd <= 1e-10 * Math.Max(1, Math.Abs(mean)))
            {
                scales[j] = 0;
                continue;
            }
            var standard = inPlace ? column : new double[column.Length];
            for (var i = 0; i < column.Length; i++)
            {
                standard[i] = (column[i] - mean) / sd;
            }
            z[j] = standard;
        }
        return (z, means, scales);
    }

    private static ElasticNetPath ToOriginalScale(double[] lambdas, List<double> intercepts, List<double[]> coefficients,
        List<double> ratios, double[] means, double[] scales)
    {
        var b0 = new double[intercepts.Count];
        var betas = new double[intercepts.Count][];
        for (var k = 0; k < b0.Length; k++)
        {
            var beta = new double[means.Length];
            var intercept = intercepts[k];
            for (var j = 0; j < beta.Length; j++)
            {
                if (scales[j] > 0)
                {
                    beta[j] = coefficients[k][j] / scales[j];
                    intercept -= beta[j] * means[j];
                }
            }
            b0[k] = intercept;
            betas[k] = beta;
        }
        return new ElasticNetPath(lambdas, b0, betas, [.. ratios], means, scales);
    }
}
