namespace Vigil.Events.Import;

/// <summary>Where an import stands in one file, in bytes, for a progress bar.</summary>
public readonly record struct ImportProgress(string File, long BytesDone, long BytesTotal, int RowsRead);
