namespace Vigil.Forecasting;

/// <summary>
/// One EWP predictor column, its label, and the Framework of Analysis risk factors
/// (RF1…RF14) it measures. Region and time dummies map to none.
/// </summary>
public sealed record Predictor(string Id, LocalizedText Label, IReadOnlyList<string> RiskFactors);
