using Vigil.Forecasting;

namespace Vigil.Tests.Forecasting;

public sealed class ForecastDisagreementTests
{
    [Theory]
    [InlineData(5, "low", DisagreementKind.ModelHighAssessmentLow)]
    [InlineData(30, "low", DisagreementKind.ModelHighAssessmentLow)]
    [InlineData(31, "low", DisagreementKind.None)]
    [InlineData(5, "high", DisagreementKind.None)]
    [InlineData(120, "very high", DisagreementKind.ModelLowAssessmentHigh)]
    [InlineData(81, "high", DisagreementKind.ModelLowAssessmentHigh)]
    [InlineData(80, "high", DisagreementKind.None)]
    [InlineData(120, "not assessed", DisagreementKind.None)]
    public void Check_RankAndAssessedLevel_FlagsOppositeSignals(int rank, string level, DisagreementKind expected)
    {
        Assert.Equal(expected, ForecastDisagreement.Check(rank, level));
    }
}
