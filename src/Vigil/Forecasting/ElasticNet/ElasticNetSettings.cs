namespace Vigil.Forecasting.ElasticNet;

/// <summary>
/// Settings of the penalised logistic regression. Defaults are glmnet's (R package, v4):
/// 100 lambdas down to 1e-4 × lambda_max when rows outnumber predictors (else 1e-2),
/// convergence threshold 1e-7, path stops early when the deviance ratio gains less than 1e-5
/// or passes 0.999 (only on a path glmnet chooses itself), probabilities floored at 1e-9.
/// </summary>
public sealed record ElasticNetSettings
{
    public double Alpha { get; init; } = 0.5;
    public int LambdaCount { get; init; } = 100;
    public double? LambdaMinRatio { get; init; }
    public double Threshold { get; init; } = 1e-7;
    public double DevianceGainFloor { get; init; } = 1e-5;
    public double DevianceRatioCeiling { get; init; } = 0.999;
    public int MinimumLambdas { get; init; } = 5;
    public int MaxIterations { get; init; } = 100_000;
    public double ProbabilityFloor { get; init; } = 1e-9;
}
