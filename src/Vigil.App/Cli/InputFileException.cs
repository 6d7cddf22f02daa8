namespace Vigil.App.Cli;

/// <summary>A file given on the command line cannot be read; the message names it.</summary>
public sealed class InputFileException(string message) : Exception(message)
{
    /// <summary>The file a verb was given, or the "file not found" error naming it.</summary>
    public static FileInfo Existing(FileInfo file) =>
        file.Exists ? file : throw new InputFileException($"{file.FullName}: file not found");
}
