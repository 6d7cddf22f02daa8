using System.Text;
using Vigil.App.Cli;
using Microsoft.EntityFrameworkCore;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>
/// The importer decides the encoding from the whole file: a small UTF-8 GED file with two stray bytes (FF FE)
/// stays UTF-8, the damaged row is rejected by line and field and never overwrites the stored event, and the
/// decision is printed. An empty file, a line over 16 MB and a file whose every row is rejected exit 1.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class ImportEncodingTests : IDisposable
{
    private const string Place = "Bhāndāria";
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    /// <summary>The header and first five records of the Bangladesh GED file (line 2 holds the place Bhāndāria).</summary>
    private string Small(string name, bool strayBytes)
    {
        var lines = File.ReadAllText(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"), Encoding.UTF8).Split('\n')[..6];
        var text = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        if (strayBytes)
        {
            var at = text.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Place));
            text = [.. text[..at], 0xFF, 0xFE, .. text[at..]];
        }
        var path = _temp.File(name);
        File.WriteAllBytes(path, text);
        return path;
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_StrayBytesInUtf8File_ReadAsUtf8AndStoredEventKept(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(Small("good.csv", strayBytes: false));

        var summary = await store.Importer.ImportAsync(new EventImportRequest([Small("damaged.csv", strayBytes: true)]), null,
            TestContext.Current.CancellationToken);

        var file = summary.Files[0];
        Assert.Equal("utf-8", file.Encoding);
        Assert.Equal("UTF-8 (2 invalid bytes on line 2, field where_coordinates; those rows rejected)", file.EncodingDecision);
        Assert.Equal((5, 1, 4, 0), (file.RowsRead, file.Rejected, file.Unchanged, file.Updated));
        Assert.Equal(new RowProblem("damaged.csv", 2, "where_coordinates", "invalid UTF-8 byte sequence"), summary.FirstProblems.Single());
        await using var db = await store.DbAsync();
        var places = await db.Set<Event>().Select(e => e.Place).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"{Place} town", places);
        Assert.DoesNotContain(places, p => p != null && (p.Contains('Ã', StringComparison.Ordinal) || p.Contains('\uFFFD', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cli_StrayBytes_PrintsEncodingDecision()
    {
        var (exit, output) = await ConsoleCapture.RunAsync("events", "import", Small("damaged.csv", strayBytes: true),
            "--data-dir", _temp.File("store"), "--report", _temp.File("r.csv"));

        Assert.Equal(VigilCli.SomeRejected, exit); // the damaged row is rejected, the others stored
        Assert.Contains("encoding: UTF-8 (2 invalid bytes on line 2, field where_coordinates", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_EmptyFile_ExitsOneWithClearError()
    {
        var empty = _temp.File("empty.csv");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);

        var (exit, output) = await ConsoleCapture.RunAsync("events", "import", empty, "--data-dir", _temp.File("store"));

        Assert.Equal(1, exit);
        Assert.Contains("empty.csv: empty file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_LineOver16MB_ExitsOneNamingFileAndLine()
    {
        var lines = File.ReadAllText(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"), Encoding.UTF8).Split('\n')[..4];
        var path = _temp.File("long.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(string.Join('\n', lines) + "\n" + new string('x', 17 << 20) + "\n");
        }

        var (exit, output) = await ConsoleCapture.RunAsync("events", "import", path, "--data-dir", _temp.File("store"));

        Assert.Equal(1, exit);
        Assert.Contains("long.csv, line 5: a line longer than 16 MB", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_EveryRowRejected_ExitsOne()
    {
        var lines = File.ReadAllText(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"), Encoding.UTF8).Split('\n');
        var path = _temp.Write("bad.csv", [lines[0], "1,2,3", "4,5,6"]);

        var (exit, output) = await ConsoleCapture.RunAsync("events", "import", path, "--data-dir", _temp.File("store"),
            "--report", _temp.File("r.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("every row was rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_OutputNotATerminal_ProgressGoesToStderrAsPlainLines()
    {
        var path = SharedData.Events("ucdp-ged/ged191_Bangladesh.csv");

        var (exit, output, error) = await ConsoleCapture.RunCapturingErrorsAsync("events", "import", path, "--data-dir", _temp.File("store"));

        Assert.Equal(VigilCli.Ok, exit);
        Assert.Contains("ged191_Bangladesh.csv: 100% read", error, StringComparison.Ordinal);
        Assert.DoesNotContain("% read", output, StringComparison.Ordinal);
        Assert.Contains("Total: rows read", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AllAsciiFileWithStrayMark_ReadAsUtf8AndOnlyThatRowRejected(string provider)
    {
        var lines = File.ReadAllText(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"), Encoding.UTF8).Split('\n')[..6];
        var ascii = new string([.. string.Join('\n', lines).Replace(Place, "Bhandaria", StringComparison.Ordinal).Where(char.IsAscii)]) + "\n";
        var text = Encoding.ASCII.GetBytes(ascii);
        var at = text.AsSpan().IndexOf("Bhandaria"u8);
        var path = _temp.File("ascii.csv");
        await File.WriteAllBytesAsync(path, [.. text[..at], 0xFF, 0xFE, .. text[at..]], TestContext.Current.CancellationToken);
        await using var store = await EventStore.OpenAsync(provider);

        var summary = await store.Importer.ImportAsync(new EventImportRequest([path], ReportPath: _temp.File("r.csv")), null,
            TestContext.Current.CancellationToken);

        var file = summary.Files.Single();
        Assert.Equal("utf-8", file.Encoding);
        Assert.Equal((5, 1), (file.RowsRead, file.Rejected));
        Assert.StartsWith("UTF-8 (2 invalid bytes on line 2", file.EncodingDecision, StringComparison.Ordinal);
        await using var db = await store.DbAsync();
        Assert.DoesNotContain(await db.Set<Event>().Select(e => e.Place).ToListAsync(TestContext.Current.CancellationToken),
            p => p != null && (p.Contains('ÿ', StringComparison.Ordinal) || p.Contains('\uFFFD', StringComparison.Ordinal)));
    }
}
