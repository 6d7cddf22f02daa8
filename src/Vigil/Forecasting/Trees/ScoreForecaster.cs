using Microsoft.ML;

namespace Vigil.Forecasting.Trees;

/// <summary>A trained probability forest: its regression score is the risk (clamped to [0, 1]).</summary>
internal sealed class ScoreForecaster(MLContext ml, ITransformer model, TypicalValues typical) : ITrainedForecaster
{
    public double[] Predict(IReadOnlyList<CountryYear> rows)
    {
        var input = ml.Data.LoadFromEnumerable(rows.Select(r => new TreeInput { Features = BoostedTreesModel.ToFeatures(r) }));
        return [.. ml.Data.CreateEnumerable<ScoreOutput>(model.Transform(input), reuseRowObject: false).Select(o => Math.Clamp(o.Score, 0, 1))];
    }

    public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => OcclusionExplainer.Explain(this, row, typical);
}

internal sealed class ScoreOutput
{
    public float Score { get; set; }
}
