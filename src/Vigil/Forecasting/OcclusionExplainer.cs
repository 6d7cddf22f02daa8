namespace Vigil.Forecasting;

/// <summary>
/// Model-agnostic attribution: a predictor's contribution is how far the forecast's log-odds fall
/// when that predictor alone is set to its typical (median training) value. Positive pushes risk
/// up. Contributions of correlated predictors overlap and need not add up to the total.
/// </summary>
public static class OcclusionExplainer
{
    public static IReadOnlyList<PredictorContribution> Explain(ITrainedForecaster forecaster, CountryYear row, TypicalValues typical)
    {
        var ids = PredictorCatalog.Ids;
        var variants = new List<CountryYear> { row };
        var changed = new List<int>();
        for (var j = 0; j < ids.Count; j++)
        {
            if (double.IsNaN(typical.Medians[j]) || row.Values[j] == typical.Medians[j])
            {
                continue;
            }
            var values = (double[])row.Values.Clone();
            values[j] = typical.Medians[j];
            variants.Add(row with { Values = values });
            changed.Add(j);
        }
        var risks = forecaster.Predict(variants);
        var baseLogit = Logit(risks[0]);
        return [.. changed.Select((j, k) => new PredictorContribution(ids[j], row.Values[j], baseLogit - Logit(risks[k + 1])))
            .Where(c => c.Contribution != 0 && !double.IsNaN(c.Contribution))
            .OrderByDescending(c => Math.Abs(c.Contribution))];
    }

    private static double Logit(double p)
    {
        var clamped = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(clamped / (1 - clamped));
    }
}
