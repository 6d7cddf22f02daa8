using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.App.Documents;

namespace Vigil.App.Cli;

/// <summary>The options every brief verb takes and how it writes one: `--format md|html|pdf --lang en|zh [--out FILE]`.</summary>
public static class CliBrief
{
    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "md, html or pdf", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong(DocumentWriters.Formats);
        return format;
    }

    public static Option<string> Language()
    {
        var lang = new Option<string>("--lang") { Description = "en or zh", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong(SituationBriefBuilder.Languages);
        return lang;
    }

    public static Option<FileInfo?> Output() => new("--out") { Description = "File to write (default: standard output)" };

    /// <summary>Renders the brief; to the file with its size and render time on stdout, or the document itself to stdout.</summary>
    public static async Task<int> WriteAsync(SituationBriefInput input, string format, string lang, FileInfo? output, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var document = SituationBriefBuilder.Build(input, SituationBriefBuilder.CultureOf(lang), DateOnly.FromDateTime(DateTime.UtcNow));
        var (content, _, _) = DocumentWriters.Write(document, format);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, content, cancellationToken);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {Markup.Escape(output.FullName)} ({content.Length / 1024.0:0.0} KB, rendered in {elapsed.TotalMilliseconds:0} ms)"));
        }
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(content, cancellationToken);
        }
        return VigilCli.Ok;
    }
}
