using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Events;
using Vigil.Events.Import;

namespace Vigil.App.Cli;

/// <summary>`vigil events import [--format …] [--strict] [--report FILE] FILE...`</summary>
public static class EventsImportCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "UCDP GED, ACLED or GDELT files", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "ucdp-ged, acled or gdelt (default: detected per file)" };
        format.AcceptOnlyFromAmong([.. EventSource.Files]);
        var strict = new Option<bool>("--strict") { Description = "Abort on the first bad row; nothing is written" };
        var report = new Option<FileInfo?>("--report") { Description = "CSV of rejected rows (file,line,field,reason). Default: DATA-DIR/reports/events-import-TIME.csv" };
        var batch = new Option<int>("--batch-size") { Description = "Events per transaction", DefaultValueFactory = _ => 10_000 };
        var import = new Command("import", "Import event files; re-importing updates events, never duplicates them");
        import.Arguments.Add(files);
        import.Options.Add(format);
        import.Options.Add(strict);
        import.Options.Add(report);
        import.Options.Add(batch);
        import.SetAction(async (parse, ct) =>
        {
            var target = StoreOptions.Target(parse);
            var reportPath = parse.GetValue(report)?.FullName
                ?? Path.Combine(target.DataDirectory, "reports", $"events-import-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv");
            var request = new EventImportRequest(parse.GetValue(files)!.Select(f => f.FullName).ToList(), parse.GetValue(format),
                parse.GetValue(strict), reportPath, Math.Max(1, parse.GetValue(batch)));
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var importer = services.GetRequiredService<EventImporter>();
            EventImportSummary summary;
            try
            {
                // A live progress bar only on a terminal; redirected output (scripts, logs) gets plain progress lines on
                // stderr and the summary alone on stdout, and concurrent runs never contend for Spectre's one live display.
                summary = CliProgress.Live
                    ? await AnsiConsole.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                        .StartAsync(async ctx => await importer.ImportAsync(request, new ProgressBars(ctx), ct))
                    : await importer.ImportAsync(request, new CliProgress.ImportLines(), ct);
            }
            catch (EventFileException ex)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
                return VigilCli.BadInput;
            }
            Print(summary, reportPath);
            if (summary.RowsRead > 0 && summary.Rejected == summary.RowsRead)
            {
                AnsiConsole.MarkupLine("[red]error:[/] every row was rejected; nothing was imported");
                return VigilCli.BadInput;
            }
            return summary.Rejected > 0 ? VigilCli.SomeRejected : VigilCli.Ok;
        });
        return import;
    }

    private static void Print(EventImportSummary summary, string reportPath)
    {
        foreach (var f in summary.Files)
        {
            Console.WriteLine($"{f.File}: {f.Format}, {f.Encoding}; read {N(f.RowsRead)}, imported {N(f.Imported)}, updated {N(f.Updated)}, " +
                $"unchanged {N(f.Unchanged)}, rejected {N(f.Rejected)}, deleted {N(f.Deleted)}");
            Console.WriteLine($"{f.File}: encoding: {f.EncodingDecision}");
        }
        Console.WriteLine($"Total: rows read {N(summary.RowsRead)}, imported {N(summary.Imported)}, updated {N(summary.Updated)}, " +
            $"unchanged {N(summary.Unchanged)}, rejected {N(summary.Rejected)}, deleted {N(summary.Deleted)}");
        foreach (var problem in summary.FirstProblems)
        {
            AnsiConsole.MarkupLine($"[yellow]rejected:[/] {Markup.Escape(problem.ToString())}");
        }
        if (summary.Rejected > 0)
        {
            AnsiConsole.MarkupLine($"Rejected rows are listed in {Markup.Escape(reportPath)}");
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>One Spectre.Console bar per file, moved by bytes read.</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(ImportProgress value)
        {
            if (!_tasks.TryGetValue(value.File, out var task))
            {
                task = context.AddTask(Markup.Escape(value.File), maxValue: Math.Max(1, value.BytesTotal));
                _tasks[value.File] = task;
            }
            task.Value = Math.Min(value.BytesDone, task.MaxValue);
        }
    }
}
