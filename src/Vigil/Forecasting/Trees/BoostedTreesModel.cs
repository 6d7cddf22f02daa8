using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Vigil.Forecasting.Trees;

/// <summary>
/// Gradient-boosted trees (ML.NET LightGBM) on the same 39 predictors and target. Unlike the
/// elastic net it learns from rows with missing predictors (LightGBM routes NaN down a learned
/// branch) and it can find interactions and thresholds. Hyperparameters are fixed in advance —
/// small trees, slow learning, row and column subsampling — and never tuned on FOOS outcomes.
/// </summary>
public sealed class BoostedTreesModel(int seed = BoostedTreesModel.DefaultSeed) : IForecastModel
{
    public const string ModelName = "boost";

    public const int DefaultSeed = 20_250_903;

    public string Name => ModelName;

    public string Description => "Gradient-boosted trees (LightGBM, 400 trees of ≤ 8 leaves, learning rate 0.02), missing values kept.";

    public bool NeedsCompletePredictors => false;

    public ITrainedForecaster Train(IReadOnlyList<CountryYear> history, CancellationToken cancellationToken)
    {
        var ml = new MLContext(seed);
        var rows = history.Where(r => r.HasKnownTarget).Select(r => new TreeInput
        {
            Features = ToFeatures(r),
            Label = r.MkOnset1Or2 == 1,
        });
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 400,
            LearningRate = 0.02,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 20,
            Booster = new GradientBooster.Options
            {
                FeatureFraction = 0.7,
                SubsampleFraction = 0.7,
                SubsampleFrequency = 1,
                L2Regularization = 1,
            },
            HandleMissingValue = true,
            UseZeroAsMissingValue = false,
            Seed = seed,
            Verbose = false,
            Silent = true,
            NumberOfThreads = 1,
        });
        cancellationToken.ThrowIfCancellationRequested();
        var model = trainer.Fit(data);
        return new TreeForecaster(ml, model, TypicalValues.From(history));
    }

    internal static float[] ToFeatures(CountryYear row) => [.. row.Values.Select(v => (float)v)];
}

internal sealed class TreeInput
{
    [VectorType(39)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}

internal sealed class TreeOutput
{
    public float Probability { get; set; }
}
