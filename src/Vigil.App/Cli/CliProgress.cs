using System.Globalization;
using Spectre.Console;
using Vigil.Events.Import;

namespace Vigil.App.Cli;

/// <summary>
/// Progress for long verbs: Spectre's live display on a terminal; otherwise (a script, a log file, a CI job) plain lines
/// on stderr, so a long run is never silent and stdout keeps only the results.
/// </summary>
public static class CliProgress
{
    /// <summary>True when a live display can be drawn: an interactive terminal whose output is not redirected.</summary>
    public static bool Live => AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    /// <summary>Runs <paramref name="work"/> under a spinner on a terminal, or between two stderr lines elsewhere.</summary>
    public static async Task<T> StatusAsync<T>(string message, Func<Task<T>> work)
    {
        if (Live)
        {
            return await AnsiConsole.Status().StartAsync(message, _ => work());
        }
        Console.Error.WriteLine(message);
        var started = DateTime.UtcNow;
        var result = await work();
        Console.Error.WriteLine($"done in {(DateTime.UtcNow - started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return result;
    }

    /// <summary>Counts steps of a known total: a bar on a terminal, a line per step elsewhere.</summary>
    public static async Task<T> StepsAsync<T>(string title, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (Live)
        {
            return await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                var result = await work(new Progress<int>(done => task.Value = done));
                task.Value = task.MaxValue;
                return result;
            });
        }
        Console.Error.WriteLine($"{title}: 0/{total}");
        return await work(new StepLines(title, total));
    }

    /// <summary>One stderr line per step: `title: done/total`.</summary>
    private sealed class StepLines(string title, int total) : IProgress<int>
    {
        public void Report(int value) => Console.Error.WriteLine($"{title}: {value}/{total}");
    }

    /// <summary>Import progress as stderr lines, one per file each time another tenth of its bytes is read.</summary>
    public sealed class ImportLines : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, long> _lastTenth = [];

        public void Report(ImportProgress value)
        {
            var tenth = value.BytesTotal <= 0 ? 10 : Math.Min(10, value.BytesDone * 10 / value.BytesTotal);
            if (_lastTenth.TryGetValue(value.File, out var last) && tenth <= last)
            {
                return;
            }
            _lastTenth[value.File] = tenth;
            Console.Error.WriteLine($"{value.File}: {tenth * 10}% read");
        }
    }
}
