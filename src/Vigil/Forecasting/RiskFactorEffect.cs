namespace Vigil.Forecasting;

/// <summary>
/// A forecast's explanation seen through one Framework risk factor: the net push, in log-odds, of
/// the predictors that measure the factor (largest effects first). A predictor that measures two
/// factors counts in full in both, so the factors' sums need not add up to the forecast. A factor
/// that no predictor of the model measures (<see cref="IsMeasured"/> false) is one the model is blind
/// to; a measured factor may still have no effect on one forecast (e.g. a zero coefficient).
/// </summary>
public sealed record RiskFactorEffect(string Factor, double Contribution, IReadOnlyList<ForecastDriver> Predictors)
{
    /// <summary>Whether any of the model's predictors measures this factor (<see cref="PredictorCatalog"/>).</summary>
    public bool IsMeasured => PredictorCatalog.All.Any(p => p.RiskFactors.Contains(Factor));

    /// <summary>One effect per factor in <paramref name="factorIds"/>, in that order; factors named only by predictors follow.</summary>
    public static IReadOnlyList<RiskFactorEffect> From(IEnumerable<ForecastDriver> contributions, IEnumerable<string> factorIds)
    {
        var drivers = contributions.ToList();
        var order = factorIds.ToList();
        order.AddRange(drivers.SelectMany(d => d.RiskFactors).Distinct().Where(f => !order.Contains(f)).Order(StringComparer.Ordinal));
        return [.. order.Select(factor =>
        {
            var measuring = drivers.Where(d => d.RiskFactors.Contains(factor)).OrderByDescending(d => Math.Abs(d.Contribution)).ToList();
            return new RiskFactorEffect(factor, measuring.Sum(d => d.Contribution), measuring);
        })];
    }
}
