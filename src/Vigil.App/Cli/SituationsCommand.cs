using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.App.Api;
using Vigil.App.Documents;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>
/// `vigil situations list|show|export`: the dashboard and one situation on the terminal, and a situation's brief for decision
/// makers (`export --format md|html|pdf --lang en|zh`, src/Vigil.App/Documents). The command line reads every situation, as the system.
/// </summary>
public static class SituationsCommand
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("situations", "Situations of concern: list them, show one, export its brief");
        var status = new Option<string?>("--status") { Description = "Only this status: watch, early-warning, early-action, crisis-response, sustained-engagement, closed" };
        var country = new Option<string?>("--country") { Description = "Only this country (ISO3)" };
        var list = new Command("list", "Every situation with status, trend, owner, next review and warning-to-action lag, then the lag across all") { status, country };
        list.SetAction(async (parse, ct) =>
        {
            SituationStatus? wanted;
            try
            {
                wanted = KebabCase.Parse<SituationStatus>(parse.GetValue(status), "--status");
            }
            catch (DomainRuleException e)
            {
                Console.Error.WriteLine(e.Message);
                return VigilCli.UsageError;
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<SituationQueries>();
            var rows = await queries.ListAsync(Viewer.System, new(parse.GetValue(country), wanted), ct);
            Console.WriteLine("id\tcountry\tstatus\ttrend\towner\tnext review\toverdue\tlatest lag\tmedian lag\ttitle");
            foreach (var r in rows)
            {
                Console.WriteLine(string.Join('\t', r.Id, r.CountryIso3, KebabCase.Of(r.Status), r.Trend is { } t ? KebabCase.Of(t) : "-", r.Owner,
                    r.ReviewDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-", r.ReviewOverdue ? "overdue" : "",
                    r.Lag.LatestDays?.ToString(CultureInfo.InvariantCulture) ?? (r.Lag.LatestWaiting ? "waiting" : "-"),
                    r.Lag.MedianDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-", r.Title));
            }
            var lag = WarningLag.Across([.. rows.Select(r => r.Lag)]);
            Console.WriteLine(FormattableString.Invariant(
                $"Lag: {lag.Warnings} warnings, median {lag.MedianDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"} days, {lag.ShareWithin7Days:P0} within 7 days, {lag.ShareWithin30Days:P0} within 30 days, {lag.NeverActedOn} never acted on"));
            return VigilCli.Ok;
        });
        var id = new Argument<Guid>("id") { Description = "The situation's id (from list)" };
        var show = new Command("show", "One situation as JSON (the API's shape)") { id };
        show.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var details = await scope.ServiceProvider.GetRequiredService<SituationQueries>().DetailsAsync(parse.GetValue(id), Viewer.System, ct);
            if (details is null)
            {
                Console.Error.WriteLine($"No situation {parse.GetValue(id)}.");
                return VigilCli.BadInput;
            }
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(SituationDtos.SituationDto.From(details), JsonOptions));
            return VigilCli.Ok;
        });
        var format = CliBrief.Format();
        var lang = CliBrief.Language();
        var output = CliBrief.Output();
        var export = new Command("export", "A situation's brief for decision makers (status and trend, warning picture, actions and commitments, uncovered risk factors, proposed options) as Markdown, HTML or PDF")
        {
            id, format, lang, output,
        };
        export.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var input = await SituationBriefSource.LoadAsync(sp.GetRequiredService<SituationQueries>(), sp.GetRequiredService<VigilDb>(),
                sp.GetRequiredService<FrameworkCatalog>(), parse.GetValue(id), Viewer.System, ct);
            if (input is null)
            {
                Console.Error.WriteLine($"No situation {parse.GetValue(id)}.");
                return VigilCli.BadInput;
            }
            return await CliBrief.WriteAsync(input, parse.GetValue(format)!, parse.GetValue(lang)!, parse.GetValue(output), ct);
        });
        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(export);
        return command;
    }
}
