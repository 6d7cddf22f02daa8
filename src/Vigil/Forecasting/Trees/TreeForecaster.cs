using Microsoft.ML;

namespace Vigil.Forecasting.Trees;

/// <summary>A trained tree ensemble; explanations by occlusion (see <see cref="OcclusionExplainer"/>).</summary>
internal sealed class TreeForecaster(MLContext ml, ITransformer model, TypicalValues typical) : ITrainedForecaster
{
    public double[] Predict(IReadOnlyList<CountryYear> rows)
    {
        var input = ml.Data.LoadFromEnumerable(rows.Select(r => new TreeInput { Features = BoostedTreesModel.ToFeatures(r) }));
        return [.. ml.Data.CreateEnumerable<TreeOutput>(model.Transform(input), reuseRowObject: false).Select(o => (double)o.Probability)];
    }

    public IReadOnlyList<PredictorContribution> Explain(CountryYear row) => OcclusionExplainer.Explain(this, row, typical);
}
