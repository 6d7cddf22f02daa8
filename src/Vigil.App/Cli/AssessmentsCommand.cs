using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.App.Documents;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Cli;

public static class AssessmentsCommand
{
    public static Command Create()
    {
        var command = new Command("assessments", "Framework of Analysis risk assessments");
        command.Subcommands.Add(List());
        command.Subcommands.Add(CreateVerb());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Brief());
        command.Subcommands.Add(MoveFramework());
        return command;
    }

    private static Command List()
    {
        var country = new Option<string?>("--country") { Description = "ISO3 code" };
        var list = new Command("list", "List assessments with their computed level");
        list.Options.Add(country);
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var items = await scope.ServiceProvider.GetRequiredService<VigilDb>().ListAssessmentsAsync(
                scope.ServiceProvider.GetRequiredService<FrameworkCatalog>(), Viewer.System, parse.GetValue(country), ct);
            var table = new Table().AddColumns("Id", "Country", "As of", "Ver.", "Status", "Level", "Score", "Coverage", "Title");
            foreach (var a in items)
            {
                table.AddRow(a.Id.ToString(), a.CountryIso3, a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    a.Version.ToString(CultureInfo.InvariantCulture), a.Status.ToString(), a.Overall.Level ?? $"withheld ({a.Overall.Reason})",
                    a.Overall.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–", a.Coverage.ToString("P0", CultureInfo.InvariantCulture),
                    Markup.Escape(a.Title));
            }
            AnsiConsole.Write(table);
            return VigilCli.Ok;
        });
        return list;
    }

    private static Command CreateVerb()
    {
        var country = new Option<string>("--country") { Description = "ISO3 code", Required = true };
        var title = new Option<string>("--title") { Description = "Title", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Date the assessment speaks for (YYYY-MM-DD, default today)" };
        var author = new Option<string>("--author") { Description = "Author name", DefaultValueFactory = _ => Environment.UserName };
        var create = new Command("create", "Start a new draft assessment");
        create.Options.Add(country);
        create.Options.Add(title);
        create.Options.Add(asOf);
        create.Options.Add(author);
        create.SetAction(async (parse, ct) =>
        {
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            var asOfText = parse.GetValue(asOf);
            if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                throw new DomainRuleException("--as-of", $"--as-of: '{asOfText}' is not a date in the form YYYY-MM-DD.");
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var assessment = await scope.ServiceProvider.GetRequiredService<CreateAssessment>().RunAsync(
                new CreateAssessment.Request(parse.GetValue(country)!.ToUpperInvariant(), parse.GetValue(title)!, date, parse.GetValue(author)!), ct);
            Console.WriteLine(assessment.Id);
            foreach (var other in await scope.ServiceProvider.GetRequiredService<VigilDb>().DraftsOfCountryAsync(assessment.CountryIso3, Viewer.System, assessment.Id, ct))
            {
                await Console.Error.WriteLineAsync($"Warning: {assessment.CountryIso3} already has a draft, {other.Id} (\"{other.Title}\", as of {other.AsOf:yyyy-MM-dd}, by {other.Author}).");
            }
            return VigilCli.Ok;
        });
        return create;
    }

    private static Command Export()
    {
        var id = new Argument<Guid>("id") { Description = "Assessment id" };
        var format = new Option<string>("--format") { Description = "md, json or csv", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong(AssessmentExporter.Formats);
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: standard output)" };
        var export = new Command("export", "Export an assessment with its profile");
        export.Arguments.Add(id);
        export.Options.Add(format);
        export.Options.Add(output);
        export.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
            var assessment = await db.LoadAssessmentAsync(parse.GetValue(id), ct)
                ?? throw new DomainRuleException("id", $"No assessment {parse.GetValue(id)}.");
            var framework = await scope.ServiceProvider.GetRequiredService<FrameworkCatalog>().ForAsync(assessment, ct);
            var (content, _, _) = AssessmentExporter.Export(AssessmentView.From(assessment, framework), framework,
                CountryCatalog.Embedded.Find(assessment.CountryIso3), parse.GetValue(format)!);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, content, ct);
                AnsiConsole.MarkupLine($"Wrote {Markup.Escape(file.FullName)}");
            }
            else
            {
                Console.Write(content);
            }
            return VigilCli.Ok;
        });
        return export;
    }

    /// <summary>The brief a decision maker reads, drawn from an assessment until situations exist (docs/decisions/0019).</summary>
    private static Command Brief()
    {
        var id = new Argument<Guid>("id") { Description = "Assessment id" };
        var format = CliBrief.Format();
        var lang = CliBrief.Language();
        var output = CliBrief.Output();
        var brief = new Command("brief", "Write an assessment's brief (status, warning picture, uncovered risk factors) as Markdown, HTML or PDF");
        brief.Arguments.Add(id);
        brief.Options.Add(format);
        brief.Options.Add(lang);
        brief.Options.Add(output);
        brief.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var input = await AssessmentBriefSource.LoadAsync(scope.ServiceProvider.GetRequiredService<VigilDb>(),
                scope.ServiceProvider.GetRequiredService<FrameworkCatalog>(), parse.GetValue(id), Viewer.System, ct)
                ?? throw new DomainRuleException("id", $"No assessment {parse.GetValue(id)}.");
            return await CliBrief.WriteAsync(input, parse.GetValue(format)!, parse.GetValue(lang)!, parse.GetValue(output), ct);
        });
        return brief;
    }

    private static Command MoveFramework()
    {
        var id = new Argument<Guid>("id") { Description = "Draft assessment id" };
        var version = new Option<string?>("--version") { Description = "Framework version to move to (default: the owning organisation's chosen one, else Vigil's)" };
        var author = new Option<string>("--author") { Description = "Who moves it (for the history)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("move-framework", "Move a draft to a newer framework version; lists the judgements to review (indicator reworded, renumbered or removed)");
        command.Arguments.Add(id);
        command.Options.Add(version);
        command.Options.Add(author);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var move = await scope.ServiceProvider.GetRequiredService<MoveToFrameworkVersion>()
                .RunAsync(new MoveToFrameworkVersion.Request(parse.GetValue(id), parse.GetValue(version), parse.GetValue(author)!), ct)
                ?? throw new DomainRuleException("id", $"No assessment {parse.GetValue(id)}.");
            AnsiConsole.MarkupLine($"Moved from framework {Markup.Escape(move.FromVersion)} to {Markup.Escape(move.ToVersion)}: {move.Carried} judgement(s) carried, {move.ToReview.Count} to review.");
            if (move.ToReview.Count > 0)
            {
                var table = new Table().AddColumns("Indicator", "Change", "Finding", "Notes", "Now");
                foreach (var r in move.ToReview)
                {
                    table.AddRow(Markup.Escape(r.FromId), r.Change.ToString().ToLowerInvariant(), Markup.Escape(r.Finding), Markup.Escape(r.Notes ?? ""),
                        Markup.Escape(r.ToId is null ? "dropped" : $"{r.ToId}: {r.ToText?.En}"));
                }
                AnsiConsole.Write(table);
            }
            return VigilCli.Ok;
        });
        return command;
    }
}
