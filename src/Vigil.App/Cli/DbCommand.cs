using System.CommandLine;
using Spectre.Console;

namespace Vigil.App.Cli;

public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema and store the reference data");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, cancellationToken);
            AnsiConsole.MarkupLine($"[green]Database ready:[/] {Markup.Escape(StoreOptions.Target(parse).Describe())}");
            return VigilCli.Ok;
        });
        var command = new Command("db", "Database administration");
        command.Subcommands.Add(migrate);
        return command;
    }
}
