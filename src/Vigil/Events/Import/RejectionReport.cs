namespace Vigil.Events.Import;

/// <summary>
/// The CSV file of rejected rows (file, line, field, reason), written as rows are rejected;
/// the file is only created when there is something to report.
/// </summary>
internal sealed class RejectionReport(string? path) : IDisposable
{
    private StreamWriter? _writer;

    public void Add(RowProblem problem)
    {
        if (path is null)
        {
            return;
        }
        if (_writer is null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
            _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            _writer.WriteLine("file,line,field,reason");
        }
        _writer.WriteLine($"{Quote(problem.File)},{problem.Line},{Quote(problem.Field)},{Quote(problem.Reason)}");
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public void Dispose() => _writer?.Dispose();
}
