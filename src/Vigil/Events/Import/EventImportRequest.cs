namespace Vigil.Events.Import;

/// <param name="Files">Event files to import, in order.</param>
/// <param name="Format">ucdp-ged, acled or gdelt; null to detect per file.</param>
/// <param name="Strict">Any bad row aborts the whole import before anything is written.</param>
/// <param name="ReportPath">CSV file for rejected rows (file, line, field, reason); null for none.</param>
/// <param name="BatchSize">Events per transaction.</param>
public sealed record EventImportRequest(IReadOnlyList<string> Files, string? Format = null, bool Strict = false,
    string? ReportPath = null, int BatchSize = 10_000);
