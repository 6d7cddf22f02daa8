using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>`vigil cases import|export`: the case library as JSON (the shape of the example cases shipped with Vigil).</summary>
public static class CasesCommand
{
    public static Command Create()
    {
        var command = new Command("cases", "The lessons-learned case library: import and export cases as JSON");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "Case file: { \"cases\": [ … ] } as written by 'vigil cases export'; a case whose id is stored already is replaced" };
        var organization = new Option<string?>("--organization") { Description = "Name of the organisation that owns the imported cases (default: none; only public cases are then visible)" };
        var import = new Command("import", "Add or replace cases from a JSON file, all or nothing");
        import.Arguments.Add(file);
        import.Options.Add(organization);
        import.SetAction(async (parse, ct) =>
        {
            var path = InputFileException.Existing(parse.GetValue(file)!);
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var owner = await OrganizationOption.FindAsync(scope.ServiceProvider, parse.GetValue(organization), ct);
            RecordCase.Result result;
            try
            {
                var cases = CaseFile.Parse(await File.ReadAllTextAsync(path.FullName, ct));
                result = await scope.ServiceProvider.GetRequiredService<RecordCase>()
                    .RunAsync(new RecordCase.Request(cases.Cases, "cli", owner, KeepIds: true), ct);
            }
            catch (DomainRuleException rule)
            {
                // The file and the field: "cases.json: cases[3].factors[1].rating: 'good' is not one of …"; nothing is stored.
                throw new InputFileException($"{path.Name}: {rule.Message}");
            }
            Console.WriteLine($"{path.Name}: {result.Added} cases added, {result.Replaced} replaced");
            return VigilCli.Ok;
        });
        return import;
    }

    private static Command Export()
    {
        var output = new Option<FileInfo?>("--out") { Description = "JSON file to write (default: standard output)" };
        var query = new Option<string?>("--q") { Description = "Only the cases matching this search (as on the library page)" };
        var export = new Command("export", "Write the stored cases as JSON, to edit and import again or into another store");
        export.Options.Add(output);
        export.Options.Add(query);
        export.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var cases = await scope.ServiceProvider.GetRequiredService<VigilDb>().SearchCasesAsync(Viewer.System, parse.GetValue(query), null, ct);
            var about = cases.Count > 0 && cases.All(c => c.IsExample) ? ExampleCases.Embedded().About : "Cases exported from the Vigil case library.";
            var json = new CaseFile(about, [.. cases.Select(CaseFile.ToInput)]).Write();
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, new UTF8Encoding(false), ct);
                Console.Error.WriteLine($"{cases.Count} cases written to {file.FullName}");
            }
            else
            {
                Console.WriteLine(json);
            }
            return VigilCli.Ok;
        });
        return export;
    }
}
