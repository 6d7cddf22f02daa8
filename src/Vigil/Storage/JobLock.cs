using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>
/// Makes a background job run on one instance at a time when several share a PostgreSQL store: a session-level
/// advisory lock (pg_try_advisory_lock) on the job's name, held on the context's connection until disposed. Another
/// instance asking meanwhile is told no at once and skips its turn. On SQLite there is one instance: always granted.
/// A crashed holder's lock ends with its connection, so no lease has to expire.
/// </summary>
public sealed class JobLock : IAsyncDisposable
{
    private readonly VigilDb? _db;
    private readonly long _key;

    private JobLock(VigilDb? db, long key)
    {
        _db = db;
        _key = key;
    }

    /// <summary>The lock on <paramref name="job"/>, or null when another instance holds it.</summary>
    public static async Task<JobLock?> TryAcquireAsync(VigilDb db, string job, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new JobLock(null, 0);
        }
        var key = KeyOf(job);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var granted = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(cancellationToken);
        if (granted)
        {
            return new JobLock(db, key);
        }
        await db.Database.CloseConnectionAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per job name (the first 8 bytes of its SHA-256), the same on every instance.</summary>
    public static long KeyOf(string job) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("vigil:" + job)));

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({_key})");
            await _db.Database.CloseConnectionAsync();
        }
    }
}
