using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>
/// Our identity-neutral training rows: normal, in English and Chinese only, none repeating a functional case, and what
/// they are for — a model learnt on a Davidson slice reads friendly sentences about groups (not in the rows) as less hateful.
/// </summary>
public sealed class IdentityExamplesTests
{
    [Fact]
    public void For_EnglishAndChinese_NormalRowsThatRepeatNoFunctionalCase()
    {
        var rows = IdentityExamples.For(["en", "zh", "am", "en"]);
        var cases = SpeechCsv.ReadLabelled(Path.Combine(AppContext.BaseDirectory, "Speech", "Classification", "cases.csv"), "cases")
            .Select(c => c.Text.ToLowerInvariant()).ToList();

        Assert.Equal(["en", "zh"], rows.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal((SpeechLabel.Normal, IdentityExamples.Dataset), (r.Label, r.Dataset)));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(rows, r => cases.Any(c => c.Contains(r.Text.ToLowerInvariant(), StringComparison.Ordinal)
            || r.Text.Contains(c, StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(IdentityExamples.For(["my", "am"]));
    }

    [Fact]
    public void Train_WithTheRows_FriendlySentencesAboutGroupsLessHateful()
    {
        var davidson = SpeechCsv.ReadLabelled(SharedData.File("speech/davidson/train.csv"), "davidson").Take(6000).ToList();
        // Written for this test; none is in the identity rows.
        SpeechText[] friendly =
        [
            new("Refugees joined the choir at our church", "en"), new("Muslim families hosted the street party this summer", "en"),
            new("Women engineers designed the new bridge", "en"), new("Gay and lesbian teachers spoke at the conference", "en"),
            new("Immigrants opened three bakeries on our street", "en"),
        ];
        double MeanHate(bool identity)
        {
            var model = SpeechModelTrainer.Train(davidson, TimeProvider.System, bits: 16, identityExamples: identity);
            return new SpeechClassifierEngine(model, Vigil.Speech.Lexicons.LexiconMatcher.Empty).Classify(friendly).Average(v => v.PHate);
        }

        var without = MeanHate(false);
        var with = MeanHate(true);

        Assert.True(with < without * 0.8, $"mean p_hate {with:0.000} with the rows, {without:0.000} without");
    }
}
