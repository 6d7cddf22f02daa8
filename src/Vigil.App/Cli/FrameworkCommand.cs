using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Cli;

public static class FrameworkCommand
{
    public static Command Create()
    {
        var command = new Command("framework", "The risk framework (UN Framework of Analysis): show, export, import a revised version");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(ImportText());
        command.Subcommands.Add(Choose());
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
            var path = InputFileException.Existing(parse.GetValue(file)!);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var definition = await services.GetRequiredService<FrameworkCatalog>()
                .ImportAsync(await File.ReadAllTextAsync(path.FullName, ct), path.Name, null, "cli", ct);
            AnsiConsole.MarkupLine($"[green]Imported[/] {Markup.Escape(definition.Id)} version {Markup.Escape(definition.Version)}: {definition.RiskFactors.Count} risk factors, {definition.Indicators.Count()} indicators");
            return VigilCli.Ok;
        });
        return import;
    }

    private static readonly Option<string?> Organization = new("--org") { Description = "Organisation name" };

    private static async Task<Guid?> OrganizationIdAsync(IServiceProvider services, string? name, CancellationToken ct)
    {
        if (name is null)
        {
            return null;
        }
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<VigilDb>().Organizations.NamedAsync(name, ct))?.Id
            ?? throw new DomainRuleException("--org", $"--org: no organisation is named '{name}'.");
    }

    private static Command ImportText()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV (UTF-8) with the header riskFactor,number,text_en,text_zh: the official indicator list of one or more risk factors" };
        var confirm = new Option<bool>("--confirm") { Description = "Store the new version (without it, only the check and the list of changes are shown)" };
        var newVersion = new Option<string?>("--version") { Description = "Version name of the new framework version (default: BASE-official-YYYYMMDD)" };
        var baseVersion = new Option<string?>("--base") { Description = "Version to compare with and build on (default: the organisation's chosen one, else Vigil's)" };
        var command = new Command("import-text", "Load the official indicator text as a new framework version: check the numbering, list every indicator added, removed, renumbered or reworded; --confirm stores it");
        command.Arguments.Add(file);
        command.Options.Add(confirm);
        command.Options.Add(newVersion);
        command.Options.Add(baseVersion);
        command.Options.Add(Organization);
        command.SetAction(async (parse, ct) =>
        {
            var path = InputFileException.Existing(parse.GetValue(file)!);
            var csv = OfficialTextCsv.Decode(await File.ReadAllBytesAsync(path.FullName, ct), path.Name);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var organizationId = await OrganizationIdAsync(services, parse.GetValue(Organization), ct);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportOfficialText>().RunAsync(new ImportOfficialText.Request(
                csv, path.Name, parse.GetValue(newVersion), parse.GetValue(baseVersion), parse.GetValue(confirm), organizationId), ct);
            AnsiConsole.MarkupLine($"{Markup.Escape(path.Name)}: numbering checked against {outcome.Base.Id} {Markup.Escape(outcome.Base.Version)} for {Markup.Escape(string.Join(", ", outcome.RiskFactors))}.");
            WriteChanges(outcome.Changes);
            AnsiConsole.MarkupLine(outcome.Accepted
                ? $"[green]Imported[/] version {Markup.Escape(outcome.Proposed.Version)} ({outcome.Proposed.Indicators.Count()} indicators; the imported text is marked verified)."
                  + (organizationId is null ? " No organisation named: choose it with ./vigil framework choose." : " It is now that organisation's chosen version.")
                : $"Nothing stored. Run again with --confirm to store version {Markup.Escape(outcome.Proposed.Version)}.");
            return VigilCli.Ok;
        });
        return command;
    }

    internal static void WriteChanges(FrameworkChanges changes)
    {
        if (changes.IsEmpty)
        {
            AnsiConsole.MarkupLine("No indicator and no title changes.");
            return;
        }
        var table = new Table().AddColumns("Change", "Factor", "Indicator", "Before", "After");
        foreach (var t in changes.Titles)
        {
            table.AddRow("title", t.RiskFactorId, "", Markup.Escape(t.From.En), Markup.Escape(t.To.En));
        }
        foreach (var c in changes.Indicators)
        {
            var id = c.FromId is not null && c.ToId is not null && c.FromId != c.ToId ? $"{c.FromId} → {c.ToId}" : c.ToId ?? c.FromId ?? "";
            table.AddRow(c.Kind.ToString().ToLowerInvariant(), c.RiskFactorId, Markup.Escape(id), Markup.Escape(c.FromText?.En ?? ""), Markup.Escape(c.ToText?.En ?? ""));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{changes.Titles.Count} title(s), {changes.Indicators.Count} indicator(s) changed: "
            + string.Join(", ", Enum.GetValues<IndicatorChangeKind>().Select(k => $"{changes.Indicators.Count(c => c.Kind == k)} {k.ToString().ToLowerInvariant()}")));
    }

    private static Command Choose()
    {
        var version = new Argument<string>("version") { Description = "Framework version (see ./vigil framework show)" };
        var org = new Option<string>("--org") { Description = "Organisation name", Required = true };
        var command = new Command("choose", "Choose the framework version an organisation's new assessments use (what its admin does on /framework/choice)");
        command.Arguments.Add(version);
        command.Options.Add(org);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var organizationId = await OrganizationIdAsync(services, parse.GetValue(org), ct);
            await using var scope = services.CreateAsyncScope();
            var framework = await scope.ServiceProvider.GetRequiredService<ChooseFrameworkVersion>()
                .RunAsync(new ChooseFrameworkVersion.Request(parse.GetValue(version)!, organizationId), ct);
            AnsiConsole.MarkupLine($"{Markup.Escape(parse.GetValue(org)!)} now starts assessments on {framework.Id} {Markup.Escape(framework.Version)}.");
            return VigilCli.Ok;
        });
        return command;
    }
}
