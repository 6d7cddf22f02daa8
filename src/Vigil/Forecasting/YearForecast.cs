namespace Vigil.Forecasting;

/// <summary>A forecast made from one country's data of <see cref="DataYear"/>, ranked within that year (1 = highest).</summary>
public sealed record YearForecast(string EwpName, int Ccode, int DataYear, double Risk, int Rank);
