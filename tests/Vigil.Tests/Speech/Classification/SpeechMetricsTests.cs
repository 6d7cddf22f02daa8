using Vigil.Speech;
using Vigil.Speech.Classification;

namespace Vigil.Tests.Speech.Classification;

/// <summary>The scores `speech evaluate` prints, on verdicts made by hand so every figure can be counted on paper.</summary>
public sealed class SpeechMetricsTests
{
    private static SpeechVerdict Said(SpeechLabel label, double pHate, double pOffensive) =>
        new(label, pHate, pOffensive, 1 - pHate - pOffensive, false, "en", []);

    [Fact]
    public void Of_HateCalledOffensiveCountsForToxicButNotForTheClass()
    {
        SpeechLabel[] gold = [SpeechLabel.Hate, SpeechLabel.Hate, SpeechLabel.Offensive, SpeechLabel.Normal, SpeechLabel.Normal];
        SpeechVerdict[] said =
        [
            Said(SpeechLabel.Hate, 0.8, 0.1),
            Said(SpeechLabel.Offensive, 0.3, 0.6), // hate read as offensive: wrong class, right "toxic" call
            Said(SpeechLabel.Normal, 0.1, 0.2),    // offensive missed
            Said(SpeechLabel.Hate, 0.6, 0.1),      // normal called hate
            Said(SpeechLabel.Normal, 0.0, 0.1),
        ];

        var metrics = SpeechMetrics.Of(gold, said);

        Assert.Equal(0.5, metrics.F1[SpeechLabel.Hate], 6);           // tp 1, fp 1, fn 1: 2·1 / (2·1 + 1 + 1)
        Assert.Equal(0, metrics.F1[SpeechLabel.Offensive], 6);        // tp 0
        Assert.Equal(0.5, metrics.F1[SpeechLabel.Normal], 6);         // tp 1, fp 1, fn 1
        // Toxic: gold 3 (two hate, one offensive); said toxic 3 (rows 1, 2, 4), of which 2 right: tp 2, fp 1, fn 1.
        Assert.Equal(3, metrics.Toxic.Positives);
        Assert.Equal(2.0 / 3, metrics.Toxic.Precision, 6);
        Assert.Equal(2.0 / 3, metrics.Toxic.Recall, 6);
        Assert.Equal(2.0 / 3, metrics.Toxic.F1, 6);
    }

    [Fact]
    public void Detection_NothingPredicted_ZeroNotNaN_AndUnequalLengthsRefused()
    {
        var none = Detection.Of([true, false, true], [false, false, false]);
        Assert.Equal(new Detection(2, 0, 0, 0), none);
        var all = Detection.Of([true, false, true, true], [true, true, true, false]);
        Assert.Equal((3, 2.0 / 3, 2.0 / 3), (all.Positives, all.Precision, all.Recall));
        Assert.Throws<ArgumentException>(() => Detection.Of([true], [true, false]));
    }
}
