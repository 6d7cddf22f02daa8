namespace Vigil.Events.Import;

/// <summary>Counts for one imported file. Rows read = imported + updated + unchanged + rejected (+ deletions).</summary>
public sealed record FileImportSummary(string File, EventFileFormat Format, string Encoding, int RowsRead,
    int Imported, int Updated, int Unchanged, int Rejected, int Deleted);
