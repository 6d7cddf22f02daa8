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
                    a.Version.ToString(CultureInfo.InvariantCulture), a.Status.ToString(), a.Overall.Level,
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
        var format = new Option<string>("--format") { Description = "md, html or pdf", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong(DocumentWriters.Formats);
        var lang = new Option<string>("--lang") { Description = "en or zh", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong(SituationBriefBuilder.Languages);
        var output = new Option<FileInfo?>("--out") { Description = "File to write (default: standard output)" };
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
            var started = TimeProvider.System.GetTimestamp();
            var document = SituationBriefBuilder.Build(input, SituationBriefBuilder.CultureOf(parse.GetValue(lang)!), DateOnly.FromDateTime(DateTime.UtcNow));
            var (content, _, _) = DocumentWriters.Write(document, parse.GetValue(format)!);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, content, ct);
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {Markup.Escape(file.FullName)} ({content.Length / 1024.0:0.0} KB, rendered in {elapsed.TotalMilliseconds:0} ms)"));
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(content, ct);
            }
            return VigilCli.Ok;
        });
        return brief;
    }
}
