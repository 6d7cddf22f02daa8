namespace Vigil.Events.Import;

/// <summary>A row that could not be imported: where it is (file, 1-based line) and what is wrong with which field.</summary>
public sealed record RowProblem(string File, int Line, string Field, string Reason)
{
    public override string ToString() => $"{File}, line {Line}, field {Field}: {Reason}";
}
