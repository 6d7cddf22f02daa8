namespace Vigil.Forecasting;

/// <summary>Each predictor's median over the training rows: the reference an explanation compares a country with.</summary>
public sealed record TypicalValues(double[] Medians)
{
    public static TypicalValues From(IReadOnlyList<CountryYear> rows)
    {
        var medians = new double[PredictorCatalog.All.Count];
        for (var j = 0; j < medians.Length; j++)
        {
            var known = rows.Select(r => r.Values[j]).Where(v => !double.IsNaN(v)).Order().ToArray();
            medians[j] = known.Length == 0 ? double.NaN
                : known.Length % 2 == 1 ? known[known.Length / 2] : (known[known.Length / 2 - 1] + known[known.Length / 2]) / 2;
        }
        return new TypicalValues(medians);
    }
}
