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
        var (exit, output, _) = await RunCapturingErrorsAsync(args);
        return (exit, output);
    }

    /// <summary>As <see cref="RunAsync"/>, also returning what went to <c>Console.Error</c> (progress lines, usage errors).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunCapturingErrorsAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = (AnsiConsole.Console, Console.Out, Console.Error);
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        // Wide enough that a table row (ids and titles included) stays on one line instead of wrapping at 80 columns.
        AnsiConsole.Console.Profile.Width = 240;
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await VigilCli.RunAsync(args);
            return (exit, output.ToString().Replace("\n", " ", StringComparison.Ordinal), error.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous.Console;
            Console.SetOut(previous.Out);
            Console.SetError(previous.Error);
        }
    }
}
