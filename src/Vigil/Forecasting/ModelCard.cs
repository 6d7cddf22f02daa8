using System.Globalization;
using Vigil.Forecasting.ElasticNet;
using Vigil.Forecasting.Trees;

namespace Vigil.Forecasting;

/// <summary>
/// What the forecasts are and how good they were out of sample. The figures were measured with
/// `vigil forecast backtest --data …prepared2024predictors-2025-09-03.csv --model NAME` (see
/// docs/forecasting.md) on 5,032 country-years and 39 onsets, 1994–2024; update them when a
/// model or the data changes.
/// </summary>
public sealed record ModelCard(
    string Data,
    string Target,
    string Protocol,
    IReadOnlyList<ModelFigures> Models,
    ModelFigures Published,
    ReplicaComparison Comparison,
    IReadOnlyList<string> Limits,
    IReadOnlyList<Predictor> Predictors)
{
    /// <summary>Onsets among the backtest's country-years, and its years (the figures below were measured on them).</summary>
    public const int Onsets = 39;
    public const int FirstYear = 1994;
    public const int LastYear = 2024;

    /// <summary>The card in English, as the API serves it.</summary>
    public static ModelCard Current { get; } = In(CultureInfo.InvariantCulture);

    /// <summary>
    /// File, variable and library names inside the card's texts: the same in every language, so that a page can show
    /// them as code.
    /// </summary>
    public static IReadOnlyList<string> Literals { get; } =
        ["prepared2024predictors-2025-09-03.csv", "mk_onset_1or2", "lambda.min", "LightGBM", "FastForest", "README"];

    /// <summary>The card with its texts in <paramref name="culture"/> (ForecastingDomainText); the figures are the same in every language.</summary>
    public static ModelCard In(CultureInfo culture)
    {
        string Text(string name) => ForecastingDomainText.ResourceManager.GetString(name, culture)!;
        ModelFigures[] models =
        [
            new(ElasticNetModel.ModelName, Text(nameof(ForecastingDomainText.ModelEwp)), 0.825, 0.31, 0.56, 0.72, 0.0086,
                new(0.781, 0.873), new(0.61, 0.84)),
            new(BoostedTreesModel.ModelName, Text(nameof(ForecastingDomainText.ModelBoost)), 0.843, 0.38, 0.59, 0.77, 0.0085,
                new(0.801, 0.884), new(0.63, 0.91)),
            new(RandomForestModel.ModelName, Text(nameof(ForecastingDomainText.ModelForest)), 0.837, 0.44, 0.59, 0.67, 0.0087,
                new(0.790, 0.884), new(0.52, 0.81)),
            new(EnsembleModel.ModelName, Text(nameof(ForecastingDomainText.ModelEnsemble)), 0.852, 0.44, 0.56, 0.72, 0.0084,
                new(0.817, 0.890), new(0.58, 0.86)),
            new(RankAverageModel.ModelName, Text(nameof(ForecastingDomainText.ModelRankAverage)), 0.845, 0.41, 0.51, 0.69, 0.0081),
            new(RankAverageModel.ThreeModelName, Text(nameof(ForecastingDomainText.ModelRankAverage3)), 0.848, 0.44, 0.56, 0.72, 0.0081),
            new(StackedModel.ModelName, Text(nameof(ForecastingDomainText.ModelStack)), 0.787, 0.33, 0.51, 0.69, 0.0092),
            new(StackedModel.BlendName, Text(nameof(ForecastingDomainText.ModelBlend)), 0.837, 0.36, 0.51, 0.74, 0.0084),
            new(EnsembleModel.BaggedBoostName, Text(nameof(ForecastingDomainText.ModelBoost5)), 0.840, 0.36, 0.62, 0.72, 0.0085),
            new(EnsembleModel.BaggedEnsembleName, Text(nameof(ForecastingDomainText.ModelEnsemble5)), 0.851, 0.46, 0.59, 0.74, 0.0084,
                new(0.816, 0.889), new(0.61, 0.88)),
        ];
        var chosen = models.Single(m => m.Name == ForecastModels.Default);
        string Figure(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        return new(
            Text(nameof(ForecastingDomainText.CardData)),
            Text(nameof(ForecastingDomainText.CardTarget)),
            Text(nameof(ForecastingDomainText.CardProtocol)),
            models,
            new(Text(nameof(ForecastingDomainText.PublishedName)), Text(nameof(ForecastingDomainText.PublishedDescription)), 0.825, null, null, 0.69, null),
            new(ElasticNetModel.ModelName, ForecastModels.Default, 0.027, new(-0.002, 0.056), 0.00, new(-0.14, 0.14), 4, 4, 1.00),
            [
                string.Format(culture, Text(nameof(ForecastingDomainText.LimitFewOnsets)), Onsets, LastYear - FirstYear + 1,
                    Figure(chosen.AucInterval!.Value.Low, "0.00"), Figure(chosen.AucInterval.Value.High, "0.00"),
                    Figure(chosen.RecallAt30Interval!.Value.Low, "0.00"), Figure(chosen.RecallAt30Interval.Value.High, "0.00"),
                    Figure(1.0 / Onsets, "0.000")),
                Text(nameof(ForecastingDomainText.LimitModelChoice)),
                Text(nameof(ForecastingDomainText.LimitNotAPrediction)),
                Text(nameof(ForecastingDomainText.LimitExplanations)),
                Text(nameof(ForecastingDomainText.LimitMapping)),
                Text(nameof(ForecastingDomainText.LimitMissingPredictors)),
            ],
            PredictorCatalog.All);
    }
}

/// <summary>
/// FOOS figures of one model; null where not published or not measured. The intervals are the 95 %
/// intervals of `vigil forecast backtest` (2,000 draws of whole years, <see cref="YearBootstrap"/>).
/// </summary>
public sealed record ModelFigures(string Name, string Description, double Auc, double? RecallAt10, double? RecallAt20, double? RecallAt30,
    double? Brier, ScoreInterval? AucInterval = null, ScoreInterval? RecallAt30Interval = null);
