namespace Vigil.Forecasting;

/// <summary>A country's risk and rank in one stored run.</summary>
public sealed record RiskPoint(int DataYear, DateTime RunCreatedAt, double Risk, int Rank);
