namespace Vigil.Storage;

/// <summary>
/// The database's migration history does not start with this version's first migration, so migrating it would fail
/// half-way (e.g. a store made by a development build before the migrations were squashed, decision record 0016).
/// </summary>
public sealed class IncompatibleStoreException(string message) : Exception(message);
