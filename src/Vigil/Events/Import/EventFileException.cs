namespace Vigil.Events.Import;

/// <summary>A file that cannot be imported at all (unknown layout, missing columns), or a row under --strict.</summary>
public sealed class EventFileException(string message) : Exception(message);
