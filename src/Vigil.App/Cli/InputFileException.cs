namespace Vigil.App.Cli;

/// <summary>A file given on the command line cannot be read; the message names it.</summary>
public sealed class InputFileException(string message) : Exception(message);
