using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Assessment;

namespace Vigil.App.Cli;

public static class FrameworkCommand
{
    public static Command Create()
    {
        var command = new Command("framework", "The risk framework (UN Framework of Analysis): show, export, import a revised version");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Import());
        return command;
    }

    private static readonly Option<string?> Version = new("--version") { Description = "Framework version (default: latest)" };

    private static Command Show()
    {
        var show = new Command("show", "List the risk factors, their indicator counts and how complete each list is");
        show.Options.Add(Version);
        show.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var catalog = services.GetRequiredService<FrameworkCatalog>();
            var framework = await catalog.GetAsync(FrameworkCatalog.DefaultFrameworkId, parse.GetValue(Version), ct)
                ?? throw new DomainRuleException("--version", $"No framework version '{parse.GetValue(Version)}' is stored.");
            var table = new Table().AddColumns("Factor", "Title", "Kind", "Indicators", "Completeness");
            foreach (var f in framework.RiskFactors)
            {
                table.AddRow(f.Id, Markup.Escape(f.Title.En), f.Kind, f.Indicators.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape($"{f.Completeness.Status} {f.Completeness.Note.En}"));
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(framework.Name.En)}[/] — {framework.Id} version {framework.Version}");
            AnsiConsole.Write(table);
            foreach (var (id, version, imported) in await catalog.ListAsync(ct))
            {
                AnsiConsole.MarkupLine($"stored: {id} {Markup.Escape(version)} (imported {imported:yyyy-MM-dd})");
            }
            return VigilCli.Ok;
        });
        return show;
    }

    private static Command Export()
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write the framework JSON to", Required = true };
        var export = new Command("export", "Write a framework version as JSON, to edit and import as a new version");
        export.Options.Add(Version);
        export.Options.Add(output);
        export.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var json = await services.GetRequiredService<FrameworkCatalog>().ExportAsync(FrameworkCatalog.DefaultFrameworkId, parse.GetValue(Version), ct)
                ?? throw new DomainRuleException("--version", $"No framework version '{parse.GetValue(Version)}' is stored.");
            var file = parse.GetValue(output)!;
            await File.WriteAllTextAsync(file.FullName, json, ct);
            AnsiConsole.MarkupLine($"Wrote {Markup.Escape(file.FullName)}");
            return VigilCli.Ok;
        });
        return export;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "Framework JSON file (same shape as the export); its version must be new" };
        var import = new Command("import", "Add a revised or another framework as a new version; existing assessments keep theirs");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new InputFileException($"{path.FullName}: file not found");
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var definition = await services.GetRequiredService<FrameworkCatalog>()
                .ImportAsync(await File.ReadAllTextAsync(path.FullName, ct), path.Name, null, "cli", ct);
            AnsiConsole.MarkupLine($"[green]Imported[/] {Markup.Escape(definition.Id)} version {Markup.Escape(definition.Version)}: {definition.RiskFactors.Count} risk factors, {definition.Indicators.Count()} indicators");
            return VigilCli.Ok;
        });
        return import;
    }
}
