using System.CommandLine;
using Spectre.Console;
using Vigil;

namespace Vigil.App.Cli;

/// <summary>The `vigil` command line: every verb is a file in this folder.</summary>
public static class VigilCli
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;
    /// <summary>An import stored what it could and rejected some rows (listed in its report).</summary>
    public const int SomeRejected = 3;

    /// <summary>The name help prints: the one users type, not the assembly's.</summary>
    public const string Name = "vigil";

    public static async Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre wraps at the terminal's width and assumes 80 columns without one: a message written to a file or a
            // pipe stays on one line, as grep and log readers expect.
            AnsiConsole.Profile.Width = 100_000;
        }
        var root = CreateRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"vigil: {error.Message}");
            }
            Console.Error.WriteLine("Run 'vigil --help' for usage.");
            return UsageError;
        }
        try
        {
            // Without this, System.CommandLine catches every exception itself and prints a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (DomainRuleException ex)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return BadInput;
        }
        catch (Vigil.Forecasting.ForecastDataException ex)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return BadInput;
        }
        catch (Exception ex) when (ex is InputFileException or Vigil.Storage.IncompatibleStoreException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return BadInput;
        }
    }

    /// <summary>Every verb under one root named as users type it.</summary>
    public static Command CreateRoot()
    {
        // A Command rather than RootCommand, whose name is the host's file name ("Vigil.App"), so help says `vigil`.
        var root = new Command(Name, "Vigil — early warning and response for the prevention of atrocity crimes.")
        {
            Options = { new System.CommandLine.Help.HelpOption(), new VersionOption() },
        };
        root.Options.Add(StoreOptions.DataDir);
        root.Options.Add(StoreOptions.Db);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(FrameworkCommand.Create());
        root.Subcommands.Add(CountriesCommand.Create());
        root.Subcommands.Add(AssessmentsCommand.Create());
        root.Subcommands.Add(ForecastCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(OrgsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        root.Subcommands.Add(CasesCommand.Create());
        root.Subcommands.Add(SituationsCommand.Create());
        root.Subcommands.Add(ReportsCommand.Create());
        root.Subcommands.Add(FormsCommand.Create());
        // The model's verbs first: the monitoring verbs join the same `speech` command.
        root.Subcommands.Add(SpeechModelCommand.Create());
        SpeechMonitorCommand.AddTo(root);
        SpeechLexiconCommand.AddTo(root);
        return root;
    }
}
