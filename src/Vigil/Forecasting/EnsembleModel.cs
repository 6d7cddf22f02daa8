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
public sealed class EnsembleModel(string name, IReadOnlyList<IForecastModel> members) : IForecastModel
{
    public const string ModelName = "ensemble";

    /// <summary>Five boosted-tree models that differ only in their seed: averaging removes seed noise.</summary>
    public const string BaggedBoostName = "boost5";

    /// <summary>The default ensemble with <see cref="BaggedBoostName"/> in place of one boosted model.</summary>
    public const string BaggedEnsembleName = "ensemble5";

    private const int BaggedSeeds = 5;

    public EnsembleModel() : this(ModelName, [new ElasticNetModel(), new BoostedTreesModel(), new RandomForestModel()])
    {
    }

    /// <summary>Mean of <see cref="BaggedSeeds"/> <c>boost</c> models with the default seed and the next integers (fixed in advance).</summary>
    public static EnsembleModel BaggedBoost() =>
        new(BaggedBoostName, [.. Enumerable.Range(0, BaggedSeeds).Select(i => new BoostedTreesModel(BoostedTreesModel.DefaultSeed + i))]);

    public static EnsembleModel BaggedEnsemble() =>
        new(BaggedEnsembleName, [new ElasticNetModel(), BaggedBoost(), new RandomForestModel()]);

    public string Name => name;

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
