using Vigil.Forecasting.Boosting;
using Vigil.Forecasting.ElasticNet;

namespace Vigil.Forecasting;

/// <summary>The models the CLI and the app offer, by name. <see cref="Default"/> is the best one measured by FOOS.</summary>
public static class ForecastModels
{
    public const string Default = ElasticNetModel.ModelName;

    public static IReadOnlyList<string> Names { get; } = [ElasticNetModel.ModelName, BoostedTreesModel.ModelName, EnsembleModel.ModelName];

    public static IForecastModel Create(string name) => name switch
    {
        ElasticNetModel.ModelName => new ElasticNetModel(),
        BoostedTreesModel.ModelName => new BoostedTreesModel(),
        EnsembleModel.ModelName => new EnsembleModel(),
        _ => throw new ArgumentException($"Unknown model '{name}'. Known models: {string.Join(", ", Names)}.", nameof(name)),
    };
}
