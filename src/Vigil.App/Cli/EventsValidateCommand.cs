using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Events.Series;

namespace Vigil.App.Cli;

/// <summary>`vigil events validate --ewp MK_EVENTS.csv [--out FILE.md]`: lead times on EWP onsets and false-alarm rates.</summary>
public static class EventsValidateCommand
{
    public static Command Create()
    {
        var ewp = new Option<FileInfo>("--ewp") { Description = "EWP mass-killing master list, mk_events sheet as CSV", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Markdown file to write (default: standard output)" };
        var validate = new Command("validate", "Run the escalation detector over the stored history and score it against EWP mass-killing onsets");
        validate.Options.Add(ewp);
        validate.Options.Add(output);
        validate.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(ewp)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"vigil: {file.FullName}: no such file");
                return VigilCli.BadInput;
            }
            var episodes = MassKillingEpisode.Read(file.FullName, CountryCatalog.Embedded);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var series = await services.GetRequiredService<SeriesQueries>().AllAsync(false, null, ct);
            var options = new EscalationOptions();
            var detector = new EscalationDetector(options);
            var findings = series.SelectMany(s => detector.Scan(s)).ToList();
            var report = EscalationValidation.Evaluate(series, findings, episodes, options);
            var markdown = Render(report, series.Count);
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, markdown, new UTF8Encoding(false), ct);
                Console.Error.WriteLine($"Wrote {target.FullName}");
            }
            else
            {
                Console.Write(markdown);
            }
            return VigilCli.Ok;
        });
        return validate;
    }

    private static string Render(ValidationReport report, int seriesCount)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"Country series scanned: {seriesCount}; EWP episodes whose onset the data do not cover: {report.EpisodesNotCovered}.");
        md.AppendLine();
        md.AppendLine("| episode | country | onset | source | fired | first signal | months before onset year | signals in window | highest severity |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var o in report.Onsets)
        {
            md.AppendLine(inv, $"| {o.Episode.Code} | {o.Episode.CountryIso3} | {o.Episode.StartYear} | {o.Source} | {(o.Fired ? "yes" : "no")} | " +
                $"{(o.FirstSignalMonth is { } m ? YearMonth.Text(m) : "–")} | {o.LeadMonths?.ToString(inv) ?? "–"} | {o.SignalsInWindow} | {o.HighestSeverity?.ToString().ToLowerInvariant() ?? "–"} |");
        }
        md.AppendLine();
        md.AppendLine("| minimum severity | country-years outside episodes | alarm months | alarm months per country-year | country-years with an alarm |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var r in report.FalseAlarms)
        {
            md.AppendLine(inv, $"| {r.MinimumSeverity.ToString().ToLowerInvariant()} | {r.CountryYears} | {r.AlarmMonths} | {r.AlarmsPerCountryYear:0.00} | {r.CountryYearsWithSignal} ({r.ShareOfCountryYears:P0}) |");
        }
        return md.ToString();
    }
}
