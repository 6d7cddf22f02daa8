using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Events.Series;

namespace Vigil.App.Cli;

/// <summary>`vigil events scan [--since DATE] [--admin1] [--source …] --out FILE.csv`</summary>
public static class EventsScanCommand
{
    public const string Header = "country,admin1,month,measure,observed,expected,score,severity";

    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "First month to judge (YYYY-MM or YYYY-MM-DD); earlier months still form baselines. Default: all" };
        var admin1 = new Option<bool>("--admin1") { Description = "Also scan every admin-1 series" };
        var source = new Option<string?>("--source") { Description = "ucdp-ged, acled, gdelt or field (default: each country's richest of ACLED and GED, and the verified field reports)" };
        source.AcceptOnlyFromAmong([.. EventSource.All]);
        var output = new Option<FileInfo?>("--out") { Description = "CSV file to write (default: standard output)" };
        var scan = new Command("scan", "Detect escalation in the monthly series and store the signals for alerts");
        scan.Options.Add(since);
        scan.Options.Add(admin1);
        scan.Options.Add(source);
        scan.Options.Add(output);
        scan.SetAction(async (parse, ct) =>
        {
            var from = 0;
            if (parse.GetValue(since) is { } text)
            {
                if (!YearMonth.TryParse(text, out from))
                {
                    AnsiConsole.MarkupLine($"[red]error:[/] --since: {Markup.Escape($"'{text}' is not a date (YYYY-MM or YYYY-MM-DD)")}");
                    return VigilCli.BadInput;
                }
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var findings = await services.GetRequiredService<EscalationScan>().RunAsync(from, parse.GetValue(admin1), parse.GetValue(source), new EscalationOptions(), ct);
            var file = parse.GetValue(output);
            var writer = file is not null ? new StreamWriter(file.FullName, false, new UTF8Encoding(false)) : Console.Out;
            await writer.WriteLineAsync(Header);
            foreach (var f in findings)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{f.Country},{CsvText.Cell(f.Admin1)},{f.MonthText},{f.Measure},{f.Observed},{f.Expected},{f.Score},{f.Severity.ToString().ToLowerInvariant()}"));
            }
            if (writer != Console.Out)
            {
                await writer.DisposeAsync();
                Console.Error.WriteLine($"{findings.Count} signals ({string.Join(", ", findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"))}) written to {file!.FullName} and stored for alerts");
            }
            return VigilCli.Ok;
        });
        return scan;
    }
}
