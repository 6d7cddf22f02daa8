using System.Numerics;
using System.Runtime.InteropServices;

namespace Vigil.Forecasting.ElasticNet;

/// <summary>SIMD loops for the solver's inner products and updates (the hot path of every backtest).</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
        var acc = Vector<double>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            acc += va[i] * vb[i];
        }
        var sum = Vector.Sum(acc);
        for (var i = va.Length * Vector<double>.Count; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /// <summary>Σ w_i a_i².</summary>
    public static double WeightedSquares(ReadOnlySpan<double> w, ReadOnlySpan<double> a)
    {
        var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var acc = Vector<double>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            acc += vw[i] * va[i] * va[i];
        }
        var sum = Vector.Sum(acc);
        for (var i = va.Length * Vector<double>.Count; i < a.Length; i++)
        {
            sum += w[i] * a[i] * a[i];
        }
        return sum;
    }

    /// <summary>r_i -= d · w_i · a_i.</summary>
    public static void SubtractScaledProduct(Span<double> r, double d, ReadOnlySpan<double> w, ReadOnlySpan<double> a)
    {
        var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
        var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var vd = new Vector<double>(d);
        for (var i = 0; i < vr.Length; i++)
        {
            vr[i] -= vd * vw[i] * va[i];
        }
        for (var i = vr.Length * Vector<double>.Count; i < r.Length; i++)
        {
            r[i] -= d * w[i] * a[i];
        }
    }

    /// <summary>y_i += d · a_i.</summary>
    public static void AddScaled(Span<double> y, double d, ReadOnlySpan<double> a)
    {
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var vd = new Vector<double>(d);
        for (var i = 0; i < vy.Length; i++)
        {
            vy[i] += vd * va[i];
        }
        for (var i = vy.Length * Vector<double>.Count; i < y.Length; i++)
        {
            y[i] += d * a[i];
        }
    }

    /// <summary>
    /// The vector part of the IRLS step: p = σ(η) clamped to [floor, 1−floor], weights w·p(1−p),
    /// residuals w·(y−p). Returns the weights' sum; the caller handles the tail past the last full vector.
    /// </summary>
    public static double LogisticWeights(ReadOnlySpan<double> eta, ReadOnlySpan<double> y, double w, double floor,
        Span<double> weights, Span<double> resid)
    {
        var ve = MemoryMarshal.Cast<double, Vector<double>>(eta);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var vw = MemoryMarshal.Cast<double, Vector<double>>(weights);
        var vr = MemoryMarshal.Cast<double, Vector<double>>(resid);
        var one = Vector<double>.One;
        var low = new Vector<double>(floor);
        var high = new Vector<double>(1 - floor);
        var weight = new Vector<double>(w);
        var acc = Vector<double>.Zero;
        for (var i = 0; i < ve.Length; i++)
        {
            var prob = Vector.Min(Vector.Max(one / (one + Vector.Exp(-ve[i])), low), high);
            vw[i] = weight * prob * (one - prob);
            vr[i] = weight * (vy[i] - prob);
            acc += vw[i];
        }
        return Vector.Sum(acc);
    }
}
