namespace Vigil.Events.Import;

/// <summary>Counts for a whole import, with the first few rejected rows for display.</summary>
public sealed record EventImportSummary(IReadOnlyList<FileImportSummary> Files, IReadOnlyList<RowProblem> FirstProblems)
{
    public int RowsRead => Files.Sum(f => f.RowsRead);
    public int Imported => Files.Sum(f => f.Imported);
    public int Updated => Files.Sum(f => f.Updated);
    public int Unchanged => Files.Sum(f => f.Unchanged);
    public int Rejected => Files.Sum(f => f.Rejected);
    public int Deleted => Files.Sum(f => f.Deleted);
}
