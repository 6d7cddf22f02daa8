namespace Vigil.Speech.Monitoring;

/// <summary>A post file that cannot be read: the file, the line (1 = the first line) and the field at fault.</summary>
public sealed class PostFileException(string file, long line, string field, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Field { get; } = field;
}
