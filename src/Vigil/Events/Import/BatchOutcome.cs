namespace Vigil.Events.Import;

/// <summary>What one committed batch did: new events, changed events, events already stored as they are.</summary>
public readonly record struct BatchOutcome(int Inserted, int Updated, int Unchanged);
