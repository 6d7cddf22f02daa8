using Vigil.App.Cli;
using Vigil.Speech.Lexicons;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Lexicons;

/// <summary>`vigil speech lexicon export|import`: the round trip through a file, versions, and a bad file naming line and field.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class SpeechLexiconCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<(int Exit, string Output)> Capture(params string[] args) => ConsoleCapture.RunAsync([.. args, "--data-dir", _folder.File("data")]);

    [Fact]
    public async Task ImportAnEditedExport_SavesVersion2_Version1StaysTheStarter()
    {
        var exported = _folder.File("lexicon.csv");
        Assert.Equal(VigilCli.Ok, (await Capture("speech", "lexicon", "export", "--out", exported)).Exit);
        File.AppendAllText(exported, "hornetkin,en,SSD,a group,people as pests,3,name them,1\n");

        var (exit, output) = await Capture("speech", "lexicon", "import", exported, "--note", "from the field");

        Assert.Equal(VigilCli.Ok, exit);
        Assert.Contains("version 2", output, StringComparison.Ordinal);
        var latest = _folder.File("latest.csv");
        var first = _folder.File("first.csv");
        Assert.Equal(VigilCli.Ok, (await Capture("speech", "lexicon", "export", "--out", latest)).Exit);
        Assert.Equal(VigilCli.Ok, (await Capture("speech", "lexicon", "export", "--out", first, "--version", "1")).Exit);
        Assert.Contains(new LexiconTerm("hornetkin", "en", "SSD", "a group", "people as pests", 3, "name them", true), LexiconCsv.Read(File.ReadAllText(latest)));
        Assert.Equal(StarterLexicon.Terms.Count, LexiconCsv.Read(File.ReadAllText(first)).Count);
        Assert.DoesNotContain("hornetkin", File.ReadAllText(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRow_ExitsOneNamingLineAndField_NothingStored()
    {
        var bad = _folder.Write("bad.csv", [LexiconCsv.Header, "vermin,en,,g,m,2,a", "rats,en,Ethiopia,g,m,2,a"]);

        var (exit, output) = await Capture("speech", "lexicon", "import", bad);

        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("line 3", output, StringComparison.Ordinal);
        Assert.Contains("country", output, StringComparison.Ordinal);
        var (_, versions) = await Capture("speech", "lexicon", "export", "--version", "2");
        Assert.Contains("no version 2", versions, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
