using System.CommandLine;

namespace Vigil.App.Cli;

/// <summary>`vigil events …`: event data (UCDP GED, ACLED, GDELT), monthly series, escalation scan.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var command = new Command("events", "Conflict event data: import, monthly series, escalation signals");
        command.Subcommands.Add(EventsImportCommand.Create());
        command.Subcommands.Add(EventsSeriesCommand.Create());
        command.Subcommands.Add(EventsScanCommand.Create());
        command.Subcommands.Add(EventsValidateCommand.Create());
        return command;
    }
}
