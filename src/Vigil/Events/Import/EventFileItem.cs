namespace Vigil.Events.Import;

/// <summary>One data row of a file: an event to upsert, an ACLED deletion, or a rejected row.</summary>
internal readonly record struct EventFileItem(Event? Event, string? DeletedId, RowProblem? Problem);
