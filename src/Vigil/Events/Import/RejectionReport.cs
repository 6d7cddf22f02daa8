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
        _writer.WriteLine($"{CsvText.Cell(problem.File)},{problem.Line},{CsvText.Cell(problem.Field)},{CsvText.Cell(problem.Reason)}");
    }

    public void Dispose() => _writer?.Dispose();
}
