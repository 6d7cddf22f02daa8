using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;

namespace Vigil.Tests.Speech.Classification;

public sealed class MisspellingTests
{
    [Theory]
    [InlineData("vermon", "vermin")]
    [InlineData("vermn", "vermin")]
    [InlineData("verrmin", "vermin")]
    [InlineData("vremin", "vermin")]
    [InlineData("vermin", "vermin")]
    public void WithinOneEdit_OneSlip_True(string word, string term) =>
        Assert.True(Misspelling.WithinOneEdit(word, term));

    [Theory]
    [InlineData("vremon", "vermin")]
    [InlineData("verm", "vermin")]
    [InlineData("german", "vermin")]
    public void WithinOneEdit_TwoSlipsOrMore_False(string word, string term) =>
        Assert.False(Misspelling.WithinOneEdit(word, term));

    [Theory]
    [InlineData("those immigrants are vermon", "vermin", 21)]
    [InlineData("they are parasits", "parasite", 9)]
    [InlineData("they are cockroches every one of them", "cockroach", 9)]
    public void Find_MisspeltWordOrPlural_ItsPosition(string text, string term, int position) =>
        Assert.Equal(position, Misspelling.Find(text, term));

    [Theory]
    [InlineData("the cat sat on the mat", "rat")]
    [InlineData("he is a fermin fan", "vermin")]
    public void Find_ShortTermOrOtherFirstLetter_NotFound(string text, string term) =>
        Assert.Equal(-1, Misspelling.Find(text, term));

    [Fact]
    public void LexiconFind_MisspeltSevereTerm_FoundButMilderLookAlikeNot()
    {
        var lexicon = new LexiconMatcher(StarterLexicon.Terms);

        Assert.Contains(lexicon.Find("those immigrants are vermon and parasits", "en", null), h => h.Term.Term == "vermin");
        // "plague" (severity 2) is not looked for one slip away: dental plaque is not a dehumanising comparison.
        Assert.DoesNotContain(lexicon.Find("my dentist removed the plaque", "en", null), h => h.Term.Term == "plague");
    }
}
