namespace Vigil.Events.Import;

/// <summary>Counts for one imported file. Rows read = imported + updated + unchanged + rejected (+ deletions).</summary>
/// <param name="Encoding">The encoding's web name: utf-8 or windows-1252.</param>
/// <param name="EncodingDecision">The encoding and the evidence for it, with the rows holding invalid bytes.</param>
public sealed record FileImportSummary(string File, EventFileFormat Format, string Encoding, int RowsRead,
    int Imported, int Updated, int Unchanged, int Rejected, int Deleted, string EncodingDecision);
