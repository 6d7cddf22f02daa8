namespace Vigil.Storage;

/// <summary>
/// Reference data a feature stores once the schema is up to date (e.g. the Framework of Analysis), registered by that
/// feature and run by <see cref="DatabaseSetup"/> in registration order. It must be safe to run on every start.
/// </summary>
public sealed record ReferenceData(Func<CancellationToken, Task> StoreAsync);
