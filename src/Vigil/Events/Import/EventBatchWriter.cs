using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Import;

/// <summary>
/// Writes events in batches, one transaction per batch, by (Source, SourceId) upsert: a re-import updates
/// changed events and never duplicates; a crash loses only the uncommitted batch. One implementation
/// per database, each using its fastest path (prepared statements on SQLite, binary COPY on PostgreSQL).
/// </summary>
internal abstract class EventBatchWriter : IAsyncDisposable
{
    public static async Task<EventBatchWriter> OpenAsync(VigilDb db, CancellationToken cancellationToken)
    {
        EventBatchWriter writer = db.Database.IsNpgsql() ? new PostgresEventWriter(db) : new SqliteEventWriter(db);
        await writer.OpenAsync(cancellationToken);
        return writer;
    }

    protected abstract Task OpenAsync(CancellationToken cancellationToken);

    public abstract Task<BatchOutcome> UpsertAsync(IReadOnlyList<Event> batch, DateTime importedAt, CancellationToken cancellationToken);

    /// <summary>Removes events by id; returns how many were stored.</summary>
    public abstract Task<int> DeleteAsync(string source, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
