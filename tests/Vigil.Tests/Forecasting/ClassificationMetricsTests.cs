using Vigil.Forecasting;
using Xunit;

namespace Vigil.Tests.Forecasting;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Auc_NoTies_IsShareOfCorrectlyOrderedPairs()
    {
        // Pairs (onset, non-onset): (0.35,0.1) ok, (0.35,0.4) wrong, (0.8,0.1) ok, (0.8,0.4) ok → 3/4.
        Assert.Equal(0.75, ClassificationMetrics.Auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 12);
    }

    [Fact]
    public void Auc_TiedScores_CountHalf()
    {
        // (0.5,0.5) tie = ½, (0.5,0.2) = 1, (0.9,0.5) = 1, (0.9,0.2) = 1 → 3.5/4.
        Assert.Equal(0.875, ClassificationMetrics.Auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1]), 12);
    }

    [Fact]
    public void Auc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(ClassificationMetrics.Auc([0.1, 0.2], [0, 0])));
    }

    [Fact]
    public void RecallAt_RanksAroundK_CountsOnsetsAtOrAboveK()
    {
        int[] ranks = [1, 10, 12, 40, 3];
        int[] onsets = [1, 1, 0, 1, 0];
        Assert.Equal(2.0 / 3, ClassificationMetrics.RecallAt(10, ranks, onsets), 12);
        Assert.Equal(1.0 / 3, ClassificationMetrics.RecallAt(9, ranks, onsets), 12);
        Assert.Equal(1.0, ClassificationMetrics.RecallAt(40, ranks, onsets), 12);
    }

    [Fact]
    public void Brier_TwoForecasts_IsMeanSquaredError()
    {
        Assert.Equal((0.04 + 0.01) / 2, ClassificationMetrics.Brier([0.2, 0.9], [0, 1]), 12);
    }

    [Fact]
    public void RiskRanks_Ties_TakeTheLowestRank()
    {
        Assert.Equal([3, 1, 1, 4], ClassificationMetrics.RiskRanks([0.3, 0.5, 0.5, 0.1]));
    }

    [Fact]
    public void AverageRanks_Ties_ShareTheMeanRank()
    {
        Assert.Equal([2.5, 2.5, 1, 4], ClassificationMetrics.AverageRanks([0.5, 0.5, 0.2, 0.9]));
    }
}
