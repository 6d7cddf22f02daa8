using Vigil.Forecasting;

namespace Vigil.Tests.Forecasting;

public sealed class RankAverageTests
{
    private static readonly EmpiricalScale Scale = new([0.01, 0.02, 0.05, 0.1]);

    [Fact]
    public void ToPercentile_SampleValues_AreAtTheirMidpoints()
    {
        Assert.Equal(0.125, Scale.ToPercentile(0.01), 12);
        Assert.Equal(0.875, Scale.ToPercentile(0.1), 12);
    }

    [Fact]
    public void ToPercentile_BeyondTheSample_StaysStrictlyOrdered()
    {
        var (a, b, c) = (Scale.ToPercentile(0.2), Scale.ToPercentile(0.5), Scale.ToPercentile(0.001));
        Assert.True(a > 0.875 && b > a && b < 1);
        Assert.True(c < 0.125 && c > 0);
    }

    [Fact]
    public void FromPercentile_UndoesToPercentile()
    {
        foreach (var p in new[] { 0.0005, 0.015, 0.03, 0.07, 0.3 })
        {
            Assert.Equal(p, Scale.FromPercentile(Scale.ToPercentile(p)), 9);
        }
    }

    [Fact]
    public void ChooseBlend_SecondMemberPerfect_PutsAllWeightOnIt()
    {
        double[][] logits = [[0, -5], [0, 5], [0, -5], [0, 5]];
        Assert.Equal(0, StackedModel.ChooseBlend(logits, [0, 1, 0, 1]));
    }

    [Fact]
    public void ChooseBlend_MembersIdentical_TiesGoToAHalf()
    {
        double[][] logits = [[-1, -1], [1, 1]];
        Assert.Equal(0.5, StackedModel.ChooseBlend(logits, [0, 1]));
    }
}
