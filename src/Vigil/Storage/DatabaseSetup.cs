using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>Brings a database up to date: applies pending migrations, then stores the reference data the features register.</summary>
public sealed class DatabaseSetup(IDbContextFactory<VigilDb> dbFactory, IEnumerable<ReferenceData> referenceData)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await EnsureSameHistoryAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        foreach (var data in referenceData)
        {
            await data.StoreAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A store whose history lacks this version's first migration was made by another chain of migrations: EF Core would
    /// run Initial over its tables and stop at the first CREATE TABLE. Stores are left as they are, never deleted here.
    /// </summary>
    private static async Task EnsureSameHistoryAsync(VigilDb db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var first = db.Database.GetMigrations().First();
        if (applied.Count == 0 || applied.Contains(first))
        {
            return;
        }
        var store = db.Database.IsNpgsql()
            ? $"The PostgreSQL database {db.Database.GetDbConnection().Database}"
            : $"The SQLite database {db.Database.GetDbConnection().DataSource}";
        throw new IncompatibleStoreException(
            $"{store} was made by other migrations ({applied[0]} … {applied[^1]}) than this version of Vigil's, which begin with {first}: " +
            "it cannot be upgraded. Stores of development builds from before the first release are not carried over: move the data " +
            "directory aside (or drop the PostgreSQL database) and run again to create a new store.");
    }
}
