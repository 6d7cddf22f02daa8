using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Storage;

namespace Vigil.Composition;

/// <summary>Brings a database up to date: applies pending migrations, then stores reference data.</summary>
public sealed class DatabaseSetup(IDbContextFactory<VigilDb> dbFactory, FrameworkCatalog frameworks)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await frameworks.SeedAsync(cancellationToken);
    }
}
