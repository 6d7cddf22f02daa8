namespace Vigil.Forecasting;

/// <summary>
/// Flags a country where the statistical forecast and the latest Framework assessment point in
/// opposite directions — where analysts should look first. "High" for the model is the EWP's
/// watch convention, the top 30 of the ranking; "low" is a rank past 80 (the safer half of the
/// roughly 165 countries ranked). Levels are the assessment's overall level (ProfileCalculator).
/// </summary>
public static class ForecastDisagreement
{
    public const int HighRiskRanks = 30;
    public const int LowRiskRankAfter = 80;

    public static DisagreementKind Check(int rank, string? assessedLevel) => (rank, assessedLevel) switch
    {
        ( <= HighRiskRanks, "low") => DisagreementKind.ModelHighAssessmentLow,
        ( > LowRiskRankAfter, "high" or "very high") => DisagreementKind.ModelLowAssessmentHigh,
        _ => DisagreementKind.None,
    };
}

public enum DisagreementKind
{
    None,
    ModelHighAssessmentLow,
    ModelLowAssessmentHigh,
}
