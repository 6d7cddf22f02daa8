using Vigil.Forecasting.Trees;
using Vigil.Forecasting.ElasticNet;

namespace Vigil.Forecasting;

/// <summary>The models the CLI and the app offer, by name. <see cref="Default"/> is the best one measured by FOOS.</summary>
public static class ForecastModels
{
    public const string Default = EnsembleModel.ModelName;

    public static IReadOnlyList<string> Names { get; } = [ElasticNetModel.ModelName, BoostedTreesModel.ModelName, RandomForestModel.ModelName, EnsembleModel.ModelName, RankAverageModel.ModelName, RankAverageModel.ThreeModelName, StackedModel.ModelName, StackedModel.BlendName, EnsembleModel.BaggedBoostName, EnsembleModel.BaggedEnsembleName];

    public static IForecastModel Create(string name) => name switch
    {
        ElasticNetModel.ModelName => new ElasticNetModel(),
        BoostedTreesModel.ModelName => new BoostedTreesModel(),
        EnsembleModel.ModelName => new EnsembleModel(),
        RandomForestModel.ModelName => new RandomForestModel(),
        RankAverageModel.ModelName => new RankAverageModel(),
        RankAverageModel.ThreeModelName => RankAverageModel.Three(),
        StackedModel.ModelName => new StackedModel(),
        StackedModel.BlendName => StackedModel.Blend(),
        EnsembleModel.BaggedBoostName => EnsembleModel.BaggedBoost(),
        EnsembleModel.BaggedEnsembleName => EnsembleModel.BaggedEnsemble(),
        _ => throw new ArgumentException($"Unknown model '{name}'. Known models: {string.Join(", ", Names)}.", nameof(name)),
    };
}
