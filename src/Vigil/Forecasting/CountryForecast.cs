namespace Vigil.Forecasting;

/// <summary>
/// One country's forecast from its data of <see cref="DataYear"/>: the probability of a new
/// mass-killing onset in the next two years, its rank (1 = highest), and the predictors that
/// push it up and down the most, and every predictor's push (largest first).
/// </summary>
public sealed record CountryForecast(
    string EwpName,
    int Ccode,
    string? Iso3,
    int DataYear,
    double Risk,
    int Rank,
    IReadOnlyList<PredictorContribution> RaisingRisk,
    IReadOnlyList<PredictorContribution> LoweringRisk,
    IReadOnlyList<PredictorContribution> Contributions);
