using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Reports;

namespace Vigil.App.Cli;

/// <summary>`vigil reports import`: field reports from a KoboToolbox or ODK Central CSV export.</summary>
public static class ReportsCommand
{
    public static Command Create()
    {
        var command = new Command("reports", "Field reports from community monitors");
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV export of submissions from KoboToolbox or ODK Central (',' or ';' separated, a header row)" };
        var form = new Option<string>("--form") { Description = "The form's id, recorded on every report", Required = true };
        var organization = OrganizationOption.Create("reports");
        var import = new Command("import", "Import the submissions of a Kobo/ODK CSV export; rows imported before (same _uuid or instanceID) are skipped");
        import.Arguments.Add(file);
        import.Options.Add(form);
        import.Options.Add(organization);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new InputFileException($"{path.FullName}: file not found");
            }
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var owner = await OrganizationOption.FindAsync(scope.ServiceProvider, parse.GetValue(organization), ct);
            ImportReportCsv.Result result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<ImportReportCsv>().RunAsync(path.FullName, parse.GetValue(form), owner, ct);
            }
            catch (DomainRuleException rule)
            {
                // "export.csv: line 7: occurred_on: '31/02/2026' is not a date …"
                throw new InputFileException($"{path.Name}: {rule.Message}");
            }
            Console.WriteLine($"{path.Name}: {result.Added} reports added, {result.AlreadyStored} already stored");
            return VigilCli.Ok;
        });
        return import;
    }
}
