using System.Text;
using Vigil.App.Cli;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>
/// A copy of a real GED file damaged four ways (a truncated line, an extra field, an impossible date,
/// an invalid UTF-8 byte): the good rows import, each bad row is reported by line and field,
/// and --strict writes nothing.
/// </summary>
public sealed class CorruptedFileTests : IDisposable
{
    private const int Rows = 601;
    private const int DateStartColumn = 33; // GED 19.1
    private const int Adm1Column = 22;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The corrupted copy, and the 1-based line numbers of the damaged records, in damage order.</summary>
    private (string Path, int[] Lines) Corrupt()
    {
        var lines = File.ReadAllText(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"), Encoding.UTF8).Split('\n').ToList();
        // Records that fit on one line and hold no quotes, found by tracking quote parity across lines.
        var simple = new List<int>();
        var inQuotes = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && !inQuotes && !lines[i].Contains('"', StringComparison.Ordinal) && lines[i].Split(',').Length == 42)
            {
                simple.Add(i);
            }
            inQuotes ^= lines[i].Count(c => c == '"') % 2 == 1;
        }
        Assert.True(simple.Count > 100);
        int truncated = simple[10], extra = simple[40], badDate = simple[80], badBytes = simple[120];
        lines[truncated] = lines[truncated][..(lines[truncated].Length / 2)];
        lines[extra] += ",unexpected";
        var fields = lines[badDate].Split(',');
        fields[DateStartColumn] = "2013-02-30";
        lines[badDate] = string.Join(',', fields);
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == badBytes)
            {
                var cells = lines[i].Split(',');
                var before = string.Join(',', cells.Take(Adm1Column)) + "," + cells[Adm1Column][..2];
                bytes.AddRange(Encoding.UTF8.GetBytes(before));
                bytes.AddRange([0xFF, 0xFE]);
                bytes.AddRange(Encoding.UTF8.GetBytes(lines[i][before.Length..]));
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(lines[i]));
            }
            if (i < lines.Count - 1)
            {
                bytes.Add((byte)'\n');
            }
        }
        var path = _temp.File("ged191_corrupted.csv");
        File.WriteAllBytes(path, [.. bytes]);
        return (path, [truncated + 1, extra + 1, badDate + 1, badBytes + 1]);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_CorruptedCopy_GoodRowsImportedAndEachBadRowReportedByLine(string provider)
    {
        var (path, lines) = Corrupt();
        await using var store = await EventStore.OpenAsync(provider);
        var report = _temp.File("rejected.csv");

        var summary = await store.Importer.ImportAsync(new EventImportRequest([path], ReportPath: report), null, TestContext.Current.CancellationToken);

        Assert.Equal((Rows, Rows - 4, 4), (summary.RowsRead, summary.Imported, summary.Rejected));
        Assert.Equal(Rows - 4, await store.CountAsync());
        var reported = File.ReadAllLines(report);
        Assert.Equal("file,line,field,reason", reported[0]);
        Assert.Equal(
            [
                $"ged191_corrupted.csv,{lines[0]},(row)",
                $"ged191_corrupted.csv,{lines[1]},(row)",
                $"ged191_corrupted.csv,{lines[2]},date_start",
                $"ged191_corrupted.csv,{lines[3]},adm_1",
            ],
            reported.Skip(1).Select(r => string.Join(',', r.Split(',').Take(3))));
        Assert.Contains("invalid UTF-8", reported[4], StringComparison.Ordinal);
        Assert.Contains("'2013-02-30' is not a date", reported[3], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_CorruptedCopyStrict_NothingWritten(string provider)
    {
        var (path, lines) = Corrupt();
        await using var store = await EventStore.OpenAsync(provider);
        var good = SharedData.Events("acled/HOA_Djibouti_1997-2019.csv");

        var error = await Assert.ThrowsAsync<EventFileException>(() =>
            store.Importer.ImportAsync(new EventImportRequest([good, path], Strict: true), null, TestContext.Current.CancellationToken));

        Assert.Contains($"line {lines[0]}", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task Cli_CorruptedCopy_StrictExitsOneWritingNothing_OtherwiseExitsThree()
    {
        var (path, _) = Corrupt();
        var dataDir = _temp.File("store");
        Assert.Equal(VigilCli.BadInput, await VigilCli.RunAsync(["events", "import", "--strict", path, "--data-dir", dataDir]));
        // Rows stored, some rejected: exit 3, so a script notices without reading the report.
        Assert.Equal(VigilCli.SomeRejected, await VigilCli.RunAsync(["events", "import", path, "--data-dir", dataDir, "--report", _temp.File("r.csv")]));
        Assert.Equal(5, File.ReadAllLines(_temp.File("r.csv")).Length);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_CancelledMidway_OnlyWholeBatchesStored(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reports = 0;
        // Stop as if killed after the second committed batch, with the third one half built.
        var progress = new SyncProgress(_ => { if (++reports == 2) { cancel.Cancel(); } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Importer.ImportAsync(
            new EventImportRequest([SharedData.Events("acled/HOA_Ethiopia_1997-2020-01.csv")], BatchSize: 1000), progress, cancel.Token));

        Assert.Equal(2000, await store.CountAsync());
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
