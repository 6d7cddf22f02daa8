namespace Vigil.Forecasting.ElasticNet;

/// <summary>
/// The EWP's model, replicated: elastic-net logistic regression (alpha 0.5) on the 39
/// predictors, complete cases only (predictors and all four outcome columns), target
/// mk_onset_1or2, lambda.min from 10-fold cross-validation.
/// </summary>
public sealed class ElasticNetModel(ElasticNetSettings? settings = null, int seed = CrossValidatedElasticNet.DefaultSeed) : IForecastModel
{
    public const string ModelName = "ewp";

    private readonly ElasticNetSettings _settings = settings ?? new ElasticNetSettings();

    public string Name => ModelName;

    public string Description => "Replica of the Early Warning Project model: elastic-net logistic regression, alpha 0.5, lambda.min by 10-fold CV, complete cases.";

    public bool NeedsCompletePredictors => true;

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
    {
        var rows = history.Where(r => r.IsCompleteCase).ToList();
        var x = DesignMatrix.FromRows([.. rows.Select(r => r.Values)], PredictorCatalog.All.Count);
        double[] y = [.. rows.Select(r => (double)r.MkOnset1Or2!.Value)];
        cancellationToken.ThrowIfCancellationRequested();
        return new Trained(CrossValidatedElasticNet.Fit(x, y, _settings, seed: seed));
    }

    private sealed class Trained(CrossValidatedElasticNet fit) : ITrainedForecaster
    {
        public double[] Predict(IReadOnlyList<CountryYear> rows) =>
            [.. rows.Select(r => r.HasCompletePredictors ? fit.Probability(r.Values) : double.NaN)];

        /// <summary>Coefficient × centred value = coefficient on the standardised scale × standardised value.</summary>
        public IReadOnlyList<PredictorContribution> Explain(CountryYear row)
        {
            var ids = PredictorCatalog.Ids;
            var beta = fit.Coefficients;
            var means = fit.Path.Means;
            return [.. Enumerable.Range(0, ids.Count)
                .Where(j => beta[j] != 0 && !double.IsNaN(row.Values[j]))
                .Select(j => new PredictorContribution(ids[j], row.Values[j], beta[j] * (row.Values[j] - means[j])))
                .OrderByDescending(c => Math.Abs(c.Contribution))];
        }
    }
}
