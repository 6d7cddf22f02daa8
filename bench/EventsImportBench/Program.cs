// Import throughput of UCDP GED into SQLite: the shared Mexico GED file (18,957 events) replicated, with
// fresh ids, to N rows in a temporary directory, then imported into an empty SQLite store.
// Usage: dotnet run -c Release --project bench/EventsImportBench -- [ROWS=1000000] [GED_FILE]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using nietras.SeparatedValues;
using Vigil.Events.Import;
using Vigil.Composition;
using Vigil.Storage;

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var source = args.Length > 1 ? args[1] : FindGed();
var work = Path.Combine(Path.GetTempPath(), "vigil-bench-" + Guid.NewGuid().ToString("n")[..8]);
Directory.CreateDirectory(work);
try
{
    var file = Path.Combine(work, $"ged_{rows}.csv");
    var generated = Stopwatch.StartNew();
    Replicate(source, file, rows);
    Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(file).Length / 1e6:N0} MB) in {generated.Elapsed.TotalSeconds:N1} s: {file}");

    var services = new ServiceCollection().AddLogging().AddVigilCore(new DatabaseTarget(Path.Combine(work, "store"), null)).BuildServiceProvider();
    await services.GetRequiredService<DatabaseSetup>().MigrateAsync(CancellationToken.None);
    var importer = services.GetRequiredService<EventImporter>();
    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64;
    long peak = 0;
    using var sampler = new Timer(_ =>
    {
        using var current = Process.GetCurrentProcess();
        peak = Math.Max(peak, current.WorkingSet64);
    }, null, 0, 50);
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var summary = await importer.ImportAsync(new EventImportRequest([file]), null, CancellationToken.None);
    watch.Stop();
    await sampler.DisposeAsync();
    Console.WriteLine($"imported {summary.Imported:N0} of {summary.RowsRead:N0} rows (rejected {summary.Rejected}) in {watch.Elapsed.TotalSeconds:N2} s");
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine($"throughput: {summary.RowsRead / watch.Elapsed.TotalSeconds:N0} events/s");
    // On a shared machine the wall-clock figure depends on other load; CPU time used shows what the import costs.
    Console.WriteLine($"cpu time: {cpu:N2} s over both threads ({summary.RowsRead / cpu:N0} events per CPU-second); load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    Console.WriteLine($"working set: {before / 1048576.0:N0} MiB before the import, peak {peak / 1048576.0:N0} MiB during it (sampled every 50 ms)");
    Console.WriteLine($"database: {new FileInfo(Path.Combine(work, "store", DatabaseTarget.SqliteFileName)).Length / 1e6:N0} MB");

    watch.Restart();
    var again = await importer.ImportAsync(new EventImportRequest([file]), null, CancellationToken.None);
    Console.WriteLine($"re-import (all unchanged: {again.Unchanged:N0}) in {watch.Elapsed.TotalSeconds:N2} s: {again.RowsRead / watch.Elapsed.TotalSeconds:N0} rows/s");
    await services.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
finally
{
    if (Environment.GetEnvironmentVariable("VIGIL_BENCH_KEEP") is null)
    {
        Directory.Delete(work, recursive: true);
    }
}

static void Replicate(string source, string target, int rows)
{
    using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromFile(source);
    var records = new List<string[]>();
    string[]? header = null;
    foreach (var row in reader)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }
        if (header is null)
        {
            header = cells;
        }
        else
        {
            records.Add(cells);
        }
    }
    var id = Array.IndexOf(header!, "id");
    using var writer = new StreamWriter(target);
    writer.WriteLine(string.Join(',', header!.Select(Quote)));
    for (var i = 0; i < rows; i++)
    {
        var record = (string[])records[i % records.Count].Clone();
        record[id] = (i + 1).ToString(CultureInfo.InvariantCulture);
        writer.WriteLine(string.Join(',', record.Select(Quote)));
    }
}

static string Quote(string value) =>
    value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

static string FindGed()
{
    var shared = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA");
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); shared is null && dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
        {
            shared = Path.Combine(dir.FullName, "shared", "data");
        }
    }
    return Path.Combine(shared ?? throw new InvalidOperationException("shared/data not found; pass the GED file"), "events", "ucdp-ged", "GEDEvent_v24_1_Mexico.csv");
}
