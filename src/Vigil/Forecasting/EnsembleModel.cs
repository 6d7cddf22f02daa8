using Vigil.Forecasting.Trees;
using Vigil.Forecasting.ElasticNet;

namespace Vigil.Forecasting;

/// <summary>
/// The unweighted mean of its members' probabilities — by default the EWP elastic net, boosted
/// trees and a probability forest, the same three families as the EWP's 2014–2017 ensemble: the
/// linear model extrapolates smoothly, the trees catch thresholds and interactions, and averaging
/// different learners cuts the variance of each. Fixed equal
/// weights — nothing is fitted on FOOS outcomes. Where a member cannot score a row (the elastic
/// net on a row with a missing predictor) the others' mean is used.
/// </summary>
public sealed class EnsembleModel(IReadOnlyList<IForecastModel> members) : IForecastModel
{
    public const string ModelName = "ensemble";

    public EnsembleModel() : this([new ElasticNetModel(), new BoostedTreesModel(), new RandomForestModel()])
    {
    }

    public string Name => ModelName;

    public string Description => $"Mean of the probabilities of {string.Join(", ", members.Select(m => m.Name))}.";

    public bool NeedsCompletePredictors => members.All(m => m.NeedsCompletePredictors);

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken) =>
        new Trained([.. members.Select(m => m.Train(history, cancellationToken))], TypicalValues.From(history));

    private sealed class Trained(IReadOnlyList<ITrainedForecaster> members, TypicalValues typical) : ITrainedForecaster
    {
        public double[] Predict(IReadOnlyList<CountryYear> rows)
        {
            var each = members.Select(m => m.Predict(rows)).ToList();
            var result = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var known = each.Select(p => p[i]).Where(p => !double.IsNaN(p)).ToList();
                result[i] = known.Count == 0 ? double.NaN : known.Average();
            }
            return result;
        }

        public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => OcclusionExplainer.Explain(this, row, typical);
    }
}
