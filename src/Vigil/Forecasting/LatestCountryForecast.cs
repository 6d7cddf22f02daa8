namespace Vigil.Forecasting;

/// <summary>A country's entry in the latest visible run that forecasts it, and how many countries that run ranked.</summary>
public sealed record LatestCountryForecast(ForecastRun Run, ForecastEntry Entry, int Ranked);
