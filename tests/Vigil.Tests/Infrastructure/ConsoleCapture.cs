using Xunit;

namespace Vigil.Tests.Infrastructure;

/// <summary>
/// Test classes that swap the process-wide console (<c>AnsiConsole.Console</c>, <c>Console.Out</c>) to read a
/// verb's output join this collection, so two of them never swap it at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";
}
