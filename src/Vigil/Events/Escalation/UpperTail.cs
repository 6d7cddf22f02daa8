using MathNet.Numerics;

namespace Vigil.Events.Escalation;

/// <summary>
/// P(X ≥ x) for a count with mean μ and variance φμ: Poisson when φ = 1, otherwise negative binomial
/// with size r = μ/(φ−1) and success probability 1/φ, where P(X ≥ x) = I_{1−1/φ}(x, r)
/// (regularised incomplete beta), computed directly so tiny probabilities keep their precision.
/// </summary>
public static class UpperTail
{
    public static double Probability(int observed, double mean, double dispersion)
    {
        if (observed <= 0)
        {
            return 1;
        }
        if (dispersion <= 1 + 1e-9)
        {
            return SpecialFunctions.GammaLowerRegularized(observed, mean);
        }
        var size = mean / (dispersion - 1);
        return SpecialFunctions.BetaRegularized(observed, size, 1 - 1 / dispersion);
    }
}
