using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Series;

namespace Vigil.App.Cli;

/// <summary>`vigil events series --country ISO3 [--admin1 NAME] [--source …] [--by-actor] --out FILE.csv`</summary>
public static class EventsSeriesCommand
{
    public static Command Create()
    {
        var country = new Option<string>("--country") { Description = "ISO3 code", Required = true };
        var admin1 = new Option<string?>("--admin1") { Description = "Admin-1 name as the source spells it (default: the whole country)" };
        var source = new Option<string?>("--source") { Description = "ucdp-ged, acled, gdelt or field (verified field reports; default: the country's richest of ACLED and GED)" };
        source.AcceptOnlyFromAmong([.. EventSource.All]);
        var byActor = new Option<bool>("--by-actor") { Description = "Split by the primary actor's type: country,admin1,month,actor_type,events,fatalities" };
        var output = new Option<FileInfo?>("--out") { Description = "CSV file to write (default: standard output)" };
        var series = new Command("series", "Monthly events, fatalities and violence against civilians for a country or admin-1");
        series.Options.Add(country);
        series.Options.Add(admin1);
        series.Options.Add(source);
        series.Options.Add(byActor);
        series.Options.Add(output);
        series.SetAction(async (parse, ct) =>
        {
            var iso3 = parse.GetValue(country)!.Trim().ToUpperInvariant();
            if (CountryCatalog.Embedded.Find(iso3) is null)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] --country: '{Markup.Escape(iso3)}' is not an ISO 3166 alpha-3 code in the country reference.");
                return VigilCli.BadInput;
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            if (parse.GetValue(byActor))
            {
                var actorRows = await services.GetRequiredService<SeriesQueries>().ByActorAsync(iso3, parse.GetValue(admin1), parse.GetValue(source), ct) ?? [];
                if (parse.GetValue(output) is { } actorFile)
                {
                    await using var writer = new StreamWriter(actorFile.FullName, false, new UTF8Encoding(false));
                    await ActorSeriesCsv.WriteAsync(writer, actorRows, ct);
                    Console.Error.WriteLine($"Wrote {actorRows.Count} month × actor-type rows to {actorFile.FullName}");
                }
                else
                {
                    await ActorSeriesCsv.WriteAsync(Console.Out, actorRows, ct);
                }
                return VigilCli.Ok;
            }
            var result = await services.GetRequiredService<SeriesQueries>().ForCountryAsync(iso3, parse.GetValue(admin1), parse.GetValue(source), ct);
            var rows = result?.Rows ?? [];
            if (result is { SpreadEvents: > 0 } spreadOver)
            {
                Console.Error.WriteLine($"{spreadOver.SpreadEvents} events were dated only to a span longer than a month and spread over its months as whole events; the series sums to the events stored.");
            }
            if (parse.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false));
                await SeriesCsv.WriteAsync(writer, rows, ct);
                Console.Error.WriteLine($"Wrote {rows.Count} months ({result?.Source ?? "no events"}) to {file.FullName}");
            }
            else
            {
                await SeriesCsv.WriteAsync(Console.Out, rows, ct);
            }
            return VigilCli.Ok;
        });
        return series;
    }
}
