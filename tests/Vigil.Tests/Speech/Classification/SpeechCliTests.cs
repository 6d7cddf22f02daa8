using Vigil.App.Cli;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>`vigil speech train|classify|evaluate` on a tiny dataset of our own texts: the output shape, one row per input
/// row in order, and the errors for bad input and a missing model.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class SpeechCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private async Task<int> Run(params string[] args) => (await Capture(args)).Exit;

    private Task<(int Exit, string Output)> Capture(params string[] args) => ConsoleCapture.RunAsync([.. args, "--data-dir", _folder.File("data")]);

    private string Dataset()
    {
        var dir = Directory.CreateDirectory(_folder.File("speech/own")).FullName;
        var lines = new List<string> { "id,text,label,lang" };
        string[] hate = ["they are vermin", "kill those people", "those people are parasites", "drive them all out"];
        string[] offensive = ["you are a stupid idiot", "shut up moron", "what a dumb jerk", "you idiot"];
        string[] normal = ["lovely weather today", "see you at the market", "thanks for the help", "good morning friends"];
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"h{i},{hate[i % 4]},hate,en");
            lines.Add($"o{i},{offensive[i % 4]},offensive,en");
            lines.Add($"n{i},{normal[i % 4]},normal,en");
            lines.Add($"z{i},今天天气很好{i},normal,zh");
            lines.Add($"y{i},你这个蠢货{i},offensive,zh");
        }
        File.WriteAllLines(Path.Combine(dir, "train.csv"), lines);
        return _folder.File("speech");
    }

    [Fact]
    public async Task Classify_AfterTrain_WritesOneRowPerInputInOrder()
    {
        Assert.Equal(VigilCli.Ok, await Run("speech", "train", "--data", Dataset(), "--datasets", "all"));
        var input = _folder.Write("in.csv", ["id,text,lang", "b,lovely weather today,en", "a,\"they are vermin, all of them\",", "c,今天天气很好,"]);
        var output = _folder.File("out.csv");
        Assert.Equal(VigilCli.Ok, await Run("speech", "classify", "--in", input, "--out", output));
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,label,p_hate,p_offensive,p_normal,incitement,lang", lines[0]);
        Assert.Equal(["b", "a", "c"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("1", lines[2].Split(',')[5]);
        Assert.Equal("zh", lines[3].Split(',')[6]);
        Assert.All(lines.Skip(1), l => Assert.Equal(1, l.Split(',')[2..5].Sum(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)), 3));
    }

    [Fact]
    public async Task Evaluate_AfterTrain_PrintsMacroF1PerClassAndTheToxicAndFlagDecisions()
    {
        Assert.Equal(VigilCli.Ok, await Run("speech", "train", "--data", Dataset(), "--datasets", "all"));
        var input = _folder.Write("dev.csv", ["id,text,label,lang", "1,they are vermin,hate,en", "2,shut up moron,offensive,en",
            "3,lovely weather today,normal,en", "4,good morning friends,normal,en"]);
        var (exit, output) = await Capture("speech", "evaluate", "--in", input);
        Assert.Equal(VigilCli.Ok, exit);
        Assert.Contains("(4 rows)", output, StringComparison.Ordinal);
        Assert.Matches(@"F1 offensive \d\.\d{3}  \(support 1\)", output);
        // Two gold positives (hate, offensive); the texts are the training texts, so both are found and neither normal is.
        Assert.Contains("hate or offensive vs normal: F1 1.000  precision 1.000  recall 1.000  (positive 2)", output, StringComparison.Ordinal);
        Assert.Matches(@"flagged for review \(queue rule\) vs hate or offensive: F1 \d\.\d{3}  precision \d\.\d{3}  recall \d\.\d{3}  \(positive 2\)", output);
    }

    [Fact]
    public async Task Classify_NoModel_ExitsOneNamingTheFix()
    {
        var input = _folder.Write("in.csv", ["id,text", "1,hello"]);
        var (exit, output) = await Capture("speech", "classify", "--in", input, "--out", _folder.File("out.csv"));
        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("speech train", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_BadLanguage_ExitsOneNamingLineAndField()
    {
        Assert.Equal(VigilCli.Ok, await Run("speech", "train", "--data", Dataset(), "--datasets", "all"));
        var input = _folder.Write("in.csv", ["id,text,lang", "1,hello,en", "2,bonjour,fr"]);
        var (exit, output) = await Capture("speech", "classify", "--in", input, "--out", _folder.File("out.csv"));
        Assert.Equal(VigilCli.BadInput, exit);
        Assert.Contains("line 3: field 'lang'", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
