using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>
/// The trainer on small slices of ToxiCN and COLD: an abuse-only dataset trains the abuse head and never the three-class
/// model, the out-of-fold macro-F1 is reported, progress counts every step it announced, ToxiCN's expression column
/// trains heads (absent without the column), and the model file keeps the abuse head and the heads.
/// </summary>
public sealed class SpeechModelTrainerTests
{
    private const int Bits = 14;

    private static readonly Lazy<List<SpeechExample>> ToxiCn = new(() =>
        [.. SpeechCsv.ReadLabelled(SharedData.File("speech/toxicn/train.csv"), "toxicn").Take(1500)]);

    private static readonly Lazy<List<SpeechExample>> Cold = new(() =>
        [.. SpeechCsv.ReadLabelled(SharedData.File("speech/cold/train.csv"), "cold").Take(1000)]);

    [Fact]
    public void Train_WithAnAbuseOnlyDataset_AbuseHeadFeedsTheClasses()
    {
        var steps = new CountingProgress();
        var examples = ToxiCn.Value.Concat(Cold.Value).ToList();
        var model = SpeechModelTrainer.Train(examples, TimeProvider.System, steps, Bits).Languages["zh"];

        Assert.NotNull(model.AbuseWeights);
        Assert.Contains(model.AbuseCoefficients, c => c != 0);
        Assert.InRange(model.CrossValidatedMacroF1, 0.2, 1);
        Assert.Equal(SpeechModelTrainer.Steps(examples), steps.Count);
    }

    [Fact]
    public void Train_WithoutAnAbuseOnlyDataset_NoAbuseHead()
    {
        var model = SpeechModelTrainer.Train(ToxiCn.Value, TimeProvider.System, bits: Bits).Languages["zh"];

        Assert.Null(model.AbuseWeights);
        Assert.All(model.AbuseCoefficients, c => Assert.Equal(0, c));
    }

    [Fact]
    public void ReadLabelled_ToxiCnTargetAndExpression_ReadWhereTheColumnsExist()
    {
        var hate = ToxiCn.Value.First(e => e.Id == "toxicn-00001");
        var davidson = SpeechCsv.ReadLabelled(SharedData.File("speech/davidson/train.csv"), "davidson");

        Assert.Equal(("racism", "implicit"), (hate.Target, hate.Expression));
        Assert.Equal(("", "none"), (ToxiCn.Value[0].Target, ToxiCn.Value[0].Expression));
        Assert.All(davidson.Take(100), e => Assert.Equal((null, null), (e.Target, e.Expression)));
    }

    [Fact]
    public void Train_WithAnExpressionColumn_ExpressionHeadsFeedTheClasses()
    {
        var model = SpeechModelTrainer.Train(ToxiCn.Value, TimeProvider.System, bits: Bits).Languages["zh"];

        Assert.Equal(SpeechModelTrainer.HeadsKept, model.Heads.Select(h => h.Name));
        Assert.All(model.Heads, h => Assert.Contains(h.Coefficients, c => c != 0));
        Assert.InRange(model.CrossValidatedMacroF1, 0.2, 1);
    }

    [Fact]
    public void Train_WithoutTargetAndExpressionColumns_NoHeads()
    {
        var bare = ToxiCn.Value.Select(e => e with { Target = null, Expression = null }).ToList();

        var model = SpeechModelTrainer.Train(bare, TimeProvider.System, bits: Bits).Languages["zh"];

        Assert.Empty(model.Heads);
        Assert.InRange(model.CrossValidatedMacroF1, 0.2, 1);
    }

    [Fact]
    public void SaveThenLoad_SameVerdicts()
    {
        var model = SpeechModelTrainer.Train([.. ToxiCn.Value, .. Cold.Value], TimeProvider.System, bits: Bits);
        var path = Path.Combine(Path.GetTempPath(), $"vigil-speech-{Guid.NewGuid():N}", SpeechModel.FileName);
        try
        {
            model.Save(path);
            var loaded = SpeechModel.Load(path)!;

            Assert.Equal(model.Languages["zh"].AbuseWeights, loaded.Languages["zh"].AbuseWeights);
            Assert.Equal(model.Languages["zh"].AbuseCoefficients, loaded.Languages["zh"].AbuseCoefficients);
            Assert.NotEmpty(loaded.Languages["zh"].Heads);
            Assert.Equal(model.Languages["zh"].CrossValidatedMacroF1, loaded.Languages["zh"].CrossValidatedMacroF1);
            Assert.Equal(model.Languages["zh"].Heads.Select(h => (h.Name, h.Bias, h.Coefficients[0], h.Coefficients[1], h.Coefficients[2])),
                loaded.Languages["zh"].Heads.Select(h => (h.Name, h.Bias, h.Coefficients[0], h.Coefficients[1], h.Coefficients[2])));
            Assert.Equal(model.Languages["zh"].Heads.Select(h => h.Weights), loaded.Languages["zh"].Heads.Select(h => h.Weights));
            var texts = ToxiCn.Value.Take(50).Select(e => new SpeechText(e.Text, "zh")).ToList();
            var before = new SpeechClassifierEngine(model, Vigil.Speech.Lexicons.LexiconMatcher.Empty).Classify(texts);
            var after = new SpeechClassifierEngine(loaded, Vigil.Speech.Lexicons.LexiconMatcher.Empty).Classify(texts);
            Assert.Equal(before.Select(v => (v.Label, v.PHate, v.POffensive)), after.Select(v => (v.Label, v.PHate, v.POffensive)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>Counts reports as they come (Progress&lt;T&gt; would post them to a thread pool).</summary>
    private sealed class CountingProgress : IProgress<int>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Report(int value) => Interlocked.Increment(ref _count);
    }
}
