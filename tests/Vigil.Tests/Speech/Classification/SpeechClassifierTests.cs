using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>
/// A small model trained in the test from slices of Davidson and ToxiCN (shared data), then unambiguous posts: plain
/// friendly text is normal, slurs and threats are not, disguised and negated forms behave as the lexicon and the
/// incitement rules promise. Probabilities sum to one.
/// </summary>
public sealed class SpeechClassifierTests
{
    private static readonly Lazy<SpeechClassifierEngine> Engine = new(() =>
    {
        var examples = SpeechCsv.ReadLabelled(SharedData.File("speech/davidson/train.csv"), "davidson").Take(6000)
            .Concat(SpeechCsv.ReadLabelled(SharedData.File("speech/toxicn/train.csv"), "toxicn").Take(4000)).ToList();
        var model = SpeechModelTrainer.Train(examples, TimeProvider.System, bits: 16);
        return new SpeechClassifierEngine(model, new LexiconMatcher(StarterLexicon.Terms));
    });

    private static SpeechVerdict Classify(string text, string? language = null) => Engine.Value.Classify([new SpeechText(text, language)])[0];

    [Theory]
    [InlineData("I had a lovely dinner with my family tonight")]
    [InlineData("The new library opens on Monday, everyone is welcome")]
    [InlineData("女性和男性应该享有平等的权利，大家互相尊重")]
    public void Classify_FriendlyText_Normal(string text)
    {
        var verdict = Classify(text);
        Assert.Equal(SpeechLabel.Normal, verdict.Label);
        Assert.False(verdict.Incitement);
        Assert.Equal(1, verdict.PHate + verdict.POffensive + verdict.PNormal, 6);
    }

    [Theory]
    [InlineData("shut up you stupid bitch")]
    [InlineData("they are vermin and we should exterminate them")]
    public void Classify_AbusiveText_NotNormal(string text) =>
        Assert.NotEqual(SpeechLabel.Normal, Classify(text).Label);

    [Theory]
    [InlineData("we will kill them all")]
    [InlineData("those people are v3rm1n")]
    [InlineData("they are c o c k r o a c h e s")]
    [InlineData("这些人都该杀光")]
    public void Classify_ThreatOrDehumanisingComparison_Incitement(string text) =>
        Assert.True(Classify(text).Incitement);

    [Theory]
    [InlineData("I would never say immigrants are vermin")]
    [InlineData("Stop calling refugees cockroaches, it is dehumanising")]
    [InlineData("我们不要说他们是蟑螂")]
    public void Classify_NegatedOrCounterSpeech_NoIncitement(string text) =>
        Assert.False(Classify(text).Incitement);

    [Theory]
    [InlineData("those immigrants are vermon")]
    [InlineData("they are cockroches every one of them")]
    public void Classify_MisspeltSevereTerm_HateAndIncitement(string text)
    {
        var verdict = Classify(text);
        Assert.Equal(SpeechLabel.Hate, verdict.Label);
        Assert.True(verdict.Incitement);
    }

    [Theory]
    [InlineData("proud to be queer and loud about it")]
    [InlineData("我是同性恋，我很快乐")]
    public void Classify_WriterNamesThemselvesAsOneOfTheGroup_Normal(string text) =>
        Assert.Equal(SpeechLabel.Normal, Classify(text).Label);

    [Fact]
    public void Classify_SelfIdentificationWithAThreat_StillHate() =>
        Assert.Equal(SpeechLabel.Hate, Classify("I am a muslim and we will kill them all").Label);

    [Fact]
    public void Classify_DisguisedLexiconTerm_ReturnsTheHit()
    {
        var hits = Classify("they are v-e-r-m-i-n").LexiconHits;
        Assert.Contains(hits, h => h.Term == "vermin" && h.Incitement);
    }

    [Fact]
    public void Classify_NoLanguageGiven_DetectsIt()
    {
        Assert.Equal("zh", Classify("这些人真的太过分了").Language);
        Assert.Equal("en", Classify("this is the best day of my life").Language);
    }
}
