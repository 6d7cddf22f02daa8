using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vigil.Storage;

/// <summary>What a failed save means, the same on SQLite and PostgreSQL.</summary>
public static class StoreErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// True when another writer stored a change between our read and our save, so that the same change made again on what is
    /// now stored would succeed: a row we insert already exists (unique or primary key), a row we update changed under us
    /// (a concurrency token), or PostgreSQL chose us as the loser of a deadlock or a serialization conflict.
    /// </summary>
    public static bool IsWriteRace(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };
}
