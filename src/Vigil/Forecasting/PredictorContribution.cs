namespace Vigil.Forecasting;

/// <summary>How much one predictor pushes a forecast up (positive) or down, in log-odds.</summary>
public sealed record PredictorContribution(string Predictor, double Value, double Contribution)
{
    public IReadOnlyList<string> RiskFactors => PredictorCatalog.Find(Predictor)?.RiskFactors ?? [];
}
