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
    public static ModelCard Current { get; } = new(
        "Early Warning Project (USHMM) 2025 Statistical Risk Assessment, modelling table prepared2024predictors-2025-09-03.csv: "
        + "one row per country-year 1960–2024, 39 predictors (V-Dem governance, population, economy, infant mortality, ethnic "
        + "fractionalisation, discrimination, regions, ICCPR, battle deaths, coups, mass-killing history, country age, time).",
        "mk_onset_1or2: a new state-led or non-state mass killing (≥1,000 civilians deliberately killed) begins in the next year or the one after.",
        "FOOS, as the EWP: for T = 1991…2021 train on years ≤ T, forecast from year T+2; year Y is judged on the larger of the forecasts "
        + "from Y−1 and Y−2 (better rank), 1994–2024. AUC pooled over country-years; recall@k = share of onsets ranked in the top k of their year.",
        [
            new("ewp", "Replica of the EWP model: elastic-net logistic regression, alpha 0.5, lambda.min by 10-fold CV, complete cases.", 0.825, 0.31, 0.56, 0.72, 0.0086,
                new(0.781, 0.873), new(0.61, 0.84)),
            new("boost", "Gradient-boosted trees (LightGBM, 400 trees ≤ 8 leaves, rate 0.02), rows with missing values kept.", 0.843, 0.38, 0.59, 0.77, 0.0085,
                new(0.801, 0.884), new(0.63, 0.91)),
            new("forest", "Probability forest (FastForest regression, 300 trees ≤ 32 leaves), rows with missing values kept.", 0.837, 0.44, 0.59, 0.67, 0.0087,
                new(0.790, 0.884), new(0.52, 0.81)),
            new("ensemble", "Mean probability of ewp, boost and forest (default).", 0.852, 0.44, 0.56, 0.72, 0.0084,
                new(0.817, 0.890), new(0.58, 0.86)),
            new("rankavg", "Mean percentile rank of ewp and boost, mapped back to a probability.", 0.845, 0.41, 0.51, 0.69, 0.0081),
            new("rankavg3", "Mean percentile rank of ewp, boost and forest.", 0.848, 0.44, 0.56, 0.72, 0.0081),
            new("stack", "Logistic stacking of ewp and boost, fitted on time-ordered inner forecasts inside each fold.", 0.787, 0.33, 0.51, 0.69, 0.0092),
            new("blend", "Convex blend of ewp and boost, weight from {0, ¼, ½, ¾, 1} by inner log-loss inside each fold.", 0.837, 0.36, 0.51, 0.74, 0.0084),
            new("boost5", "Mean of five boost models differing only in their seed.", 0.840, 0.36, 0.62, 0.72, 0.0085),
            new("ensemble5", "Mean probability of ewp, boost5 and forest.", 0.851, 0.46, 0.59, 0.74, 0.0084,
                new(0.816, 0.889), new(0.61, 0.88)),
        ],
        new("EWP published", "The EWP's own FOOS forecasts, 1994–2024, as computed in the data's README.", 0.825, null, null, 0.69, null),
        new("ewp", "ensemble", 0.027, new(-0.002, 0.056), 0.00, new(-0.14, 0.14), 4, 4, 1.00),
        [
            "39 onsets in 31 years: the default's AUC could as well be anywhere from 0.82 to 0.89 and its recall@30 from 0.58 to 0.86 (95 % intervals, years resampled); one onset moves recall@30 by 0.026.",
            "The ensemble was chosen as the default after comparing ten models on FOOS, which flatters its figure slightly; no hyperparameter was tuned on FOOS outcomes. No model reaches both AUC ≥ 0.85 and recall@30 ≥ 0.75.",
            "A forecast says how often countries like this one saw an onset, not what will happen; it misses onsets in countries with little history of violence.",
            "Explanations: the elastic net's are exact (coefficient × centred value); the trees' and the ensemble's are occlusion effects (risk change when one predictor is set to its median) and overlap for correlated predictors.",
            "The predictor → risk-factor mapping is the project's reading of each variable, not the EWP's.",
            "Countries missing any predictor in the latest year get no elastic-net forecast; the ensemble then averages the tree models only.",
        ],
        PredictorCatalog.All);
}

/// <summary>
/// FOOS figures of one model; null where not published or not measured. The intervals are the 95 %
/// intervals of `vigil forecast backtest` (2,000 draws of whole years, <see cref="YearBootstrap"/>).
/// </summary>
public sealed record ModelFigures(string Name, string Description, double Auc, double? RecallAt10, double? RecallAt20, double? RecallAt30,
    double? Brier, ScoreInterval? AucInterval = null, ScoreInterval? RecallAt30Interval = null);
