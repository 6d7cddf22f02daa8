using Vigil.Speech.Lexicons;

namespace Vigil.Tests.Speech.Lexicons;

public sealed class LexiconCsvTests
{
    [Fact]
    public void Read_WrittenStarterLexicon_GivesTheSameEntries()
    {
        var csv = LexiconCsv.Write(StarterLexicon.Terms);
        Assert.StartsWith(LexiconCsv.Header + ",incitement\n", csv, StringComparison.Ordinal);
        Assert.Equal(StarterLexicon.Terms, LexiconCsv.Read(csv));
    }

    [Fact]
    public void Read_WithoutIncitementColumn_EntriesAreNotIncitement()
    {
        var terms = LexiconCsv.Read(LexiconCsv.Header + "\n\"rats, vermin\",en,ETH,migrants,pests,2,people\n");
        var term = Assert.Single(terms);
        Assert.Equal(new LexiconTerm("rats, vermin", "en", "ETH", "migrants", "pests", 2, "people", false), term);
    }

    [Theory]
    [InlineData("term,lang,country,target_group,meaning,severity,alternative\n", "line 1")]
    [InlineData(LexiconCsv.Header + "\nvermin,en,,g,m,2,a\n,en,,g,m,2,a\n", "line 3: field 'term'")]
    [InlineData(LexiconCsv.Header + "\nvermin,fr,,g,m,2,a\n", "line 2: field 'language'")]
    [InlineData(LexiconCsv.Header + "\nvermin,en,Ethiopia,g,m,2,a\n", "line 2: field 'country'")]
    [InlineData(LexiconCsv.Header + "\nvermin,en,,g,m,5,a\n", "line 2: field 'severity'")]
    [InlineData(LexiconCsv.Header + ",incitement\nvermin,en,,g,m,3,a,yes\n", "line 2: field 'incitement'")]
    public void Read_BadCsv_NamesLineAndField(string csv, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => LexiconCsv.Read(csv));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
