using Vigil.Forecasting;

namespace Vigil.Tests.Forecasting;

public sealed class RiskFactorEffectTests
{
    private static readonly ForecastDriver Battle = new("battledeaths.log2", 12, 0.5, ["RF1"]);
    private static readonly ForecastDriver Coup = new("coup.try.5yr", 1, -0.2, ["RF1", "RF3"]);
    private static readonly ForecastDriver Year = new("year", 2024, 0.9, []);

    [Fact]
    public void From_PredictorMeasuringTwoFactors_CountsInBoth()
    {
        var effects = RiskFactorEffect.From([Battle, Coup, Year], ["RF1", "RF2", "RF3"]);

        Assert.Equal(["RF1", "RF2", "RF3"], effects.Select(e => e.Factor));
        Assert.Equal(0.3, effects[0].Contribution, 12);
        Assert.Equal([Battle, Coup], effects[0].Predictors);
        Assert.Equal(-0.2, effects[2].Contribution, 12);
    }

    [Fact]
    public void From_FactorWithoutContribution_HasZeroEffectAndNoPredictors()
    {
        var rf2 = RiskFactorEffect.From([Battle, Coup], ["RF1", "RF2", "RF3"])[1];

        Assert.Empty(rf2.Predictors);
        Assert.Equal(0, rf2.Contribution);
    }

    [Fact]
    public void IsMeasured_FollowsThePredictorCatalog()
    {
        var effects = RiskFactorEffect.From([], ["RF1", "RF2", "RF8", "RF13"]);

        Assert.Equal([true, true, false, false], effects.Select(e => e.IsMeasured));
    }

    [Fact]
    public void From_PredictorsOrderedByAbsoluteEffect_LargestFirst()
    {
        var strongDown = new ForecastDriver("pol_killing_approved", 0, -0.8, ["RF2", "RF5"]);
        var weakUp = new ForecastDriver("mk_ever", 1, 0.1, ["RF2"]);

        var rf2 = RiskFactorEffect.From([weakUp, strongDown], ["RF2"])[0];

        Assert.Equal([strongDown, weakUp], rf2.Predictors);
    }

    [Fact]
    public void From_FactorNotInTheFrameworkList_IsAppendedRatherThanLost()
    {
        var effects = RiskFactorEffect.From([Coup], ["RF1"]);

        Assert.Equal(["RF1", "RF3"], effects.Select(e => e.Factor));
    }
}
