namespace Vigil.Forecasting;

/// <summary>95 % intervals of a backtest's pooled scores from <see cref="YearBootstrap"/>.</summary>
public sealed record ScoreIntervals(int Replicates, ScoreInterval Auc, ScoreInterval RecallAt10, ScoreInterval RecallAt20,
    ScoreInterval RecallAt30, ScoreInterval Brier);
