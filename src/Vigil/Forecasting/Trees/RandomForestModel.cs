using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Vigil.Forecasting.Trees;

/// <summary>
/// A probability forest (ML.NET FastForest regression on the 0/1 outcome; Malley et al. 2012):
/// each leaf holds its rows' share of onsets, and the forecast is the mean over trees. Random
/// forests were a member of the EWP's own 2014–2017 ensemble. Missing values are kept.
/// </summary>
public sealed class RandomForestModel(int seed = 20_250_903) : IForecastModel
{
    public const string ModelName = "forest";

    public string Name => ModelName;

    public string Description => "Probability forest (FastForest regression, 300 trees), missing values kept.";

    public bool NeedsCompletePredictors => false;

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(history.Where(r => r.HasKnownTarget).Select(r => new ForestInput
        {
            Features = BoostedTreesModel.ToFeatures(r),
            Label = r.MkOnset1Or2!.Value,
        }));
        var trainer = ml.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
        {
            NumberOfTrees = 300,
            NumberOfLeaves = 32,
            MinimumExampleCountPerLeaf = 10,
            FeatureFraction = 1,
            FeatureFractionPerSplit = 0.5,
            BaggingSize = 1,
            BaggingExampleFraction = 0.7,
            Seed = seed,
            NumberOfThreads = 1,
        });
        cancellationToken.ThrowIfCancellationRequested();
        return new ScoreForecaster(ml, trainer.Fit(data), TypicalValues.From(history));
    }
}

internal sealed class ForestInput
{
    [Microsoft.ML.Data.VectorType(39)]
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
