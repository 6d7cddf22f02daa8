using Spectre.Console;
using Vigil.App.Cli;
using Xunit;

namespace Vigil.Tests.Infrastructure;

/// <summary>
/// Runs a CLI verb and returns what it printed (Spectre's console and <c>Console.Out</c>, lines joined by spaces).
/// Test classes that use it join this collection, so two of them never swap the process-wide console at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";

    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var previous = (AnsiConsole.Console, Console.Out);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        // Wide enough that a table row (ids and titles included) stays on one line instead of wrapping at 80 columns.
        AnsiConsole.Console.Profile.Width = 240;
        Console.SetOut(output);
        try
        {
            var exit = await VigilCli.RunAsync(args);
            return (exit, output.ToString().Replace("\n", " ", StringComparison.Ordinal));
        }
        finally
        {
            AnsiConsole.Console = previous.Console;
            Console.SetOut(previous.Out);
        }
    }
}
