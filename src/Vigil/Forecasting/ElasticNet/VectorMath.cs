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
}
