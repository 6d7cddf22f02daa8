using Vigil.Speech.Classification;

namespace Vigil.Tests.Speech.Classification;

public sealed class NgramFeaturesTests
{
    [Theory]
    [InlineData("kill them kill them kill them", "en")]
    [InlineData("杀光他们杀光他们", "zh")]
    public void Extract_RepeatedWords_CountsEachBucketOnce(string text, string language)
    {
        var repeated = new List<int>();
        var once = new List<int>();
        NgramFeatures.Extract(text, language, 20, repeated);
        NgramFeatures.Extract(text[..(text.Length / (language == "zh" ? 2 : 3))].Trim(), language, 20, once);

        Assert.Equal(repeated.Count, repeated.Distinct().Count());
        // Every feature of one repetition is still there, once.
        Assert.Superset(once.ToHashSet(), repeated.ToHashSet());
    }

    [Fact]
    public void Extract_AppendsAfterBucketsAlreadyInTheList()
    {
        var buckets = new List<int> { -1, -1 };
        NgramFeatures.Extract("they are vermin", "en", 20, buckets);

        Assert.Equal([-1, -1], buckets.Take(2));
        Assert.True(buckets.Count > 2);
    }

    [Fact]
    public void Extract_Chinese_TakesCharacterUnigramsAndBigramsAndOneCue()
    {
        var buckets = new List<int>();
        NgramFeatures.Extract("杀光他们", "zh", 20, buckets);

        // Padded " 杀光他们 ": 6 unigrams and 5 bigrams at most (fewer only on hash collisions), and the one cue saying
        // that no group, insult or second person occurs.
        Assert.InRange(buckets.Count, 10, 12);
    }

    [Fact]
    public void Extract_ChineseInsultWithAndWithoutGroup_DifferentCues()
    {
        // The same insult and second person; only the group term differs, so beyond the n-grams of 河南人 the feature sets
        // differ by the cues: "group:region" and "group+insult+you" against "nogroup+insult+you".
        var atYou = new List<int>();
        var atGroup = new List<int>();
        NgramFeatures.Extract("你这个傻逼", "zh", 20, atYou);
        NgramFeatures.Extract("你这个傻逼河南人", "zh", 20, atGroup);
        var grams = new List<int>();
        NgramFeatures.Extract("河南人", "zh", 20, grams);

        Assert.NotEmpty(atYou.Except(atGroup));
        Assert.True(atGroup.Except(atYou).Except(grams).Count() >= 2);
    }
}
