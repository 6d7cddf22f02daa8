using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.App.Cli;
using Vigil.Composition;
using Vigil.Storage;
using Vigil.Tests.Events;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Storage;

/// <summary>
/// The migrations of each provider (decision record 0016): they describe the model as it is, and a store made by the
/// migrations squashed before the first release is refused with a message rather than half-migrated.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class MigrationTests
{
    // The first and last migrations of the pre-release chain (the same names, minutes apart, on PostgreSQL).
    private const string OldChain = """
        DELETE FROM "__EFMigrationsHistory";
        INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
        VALUES ('20261126064744_Initial', '10.0.15'), ('20261126120635_EventDeadliestIndex', '10.0.15');
        """;

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Migrate_NewStore_NoModelChangeLeftOutAndEveryMigrationApplied(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = provider == EventStore.Postgres ? await TestStore.PostgresAsync() : TestStore.Sqlite();
        if (store is null)
        {
            Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable}.");
        }
        await using var owned = store;
        await using var services = new ServiceCollection().AddLogging().AddVigilCore(store.Target).BuildServiceProvider();
        var dbFactory = services.GetRequiredService<IDbContextFactory<VigilDb>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // Asked before migrating, which refuses such a model with a less telling error.
            Assert.False(db.Database.HasPendingModelChanges(),
                $"The model has changes that no {provider} migration holds: add a migration for each provider (docs/decisions/0016-one-initial-migration.md).");
        }

        await services.GetRequiredService<DatabaseSetup>().MigrateAsync(ct);

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        }
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Migrate_StoreOfThePreReleaseChain_RefusedAndLeftAsItWas(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await EventStore.OpenAsync(provider);
        await using (var db = await store.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(OldChain, ct);
        }

        var refused = await Assert.ThrowsAsync<IncompatibleStoreException>(() => store.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(ct));

        var name = provider == EventStore.Postgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(store.Target.PostgresConnection).Database!
            : store.Target.SqlitePath;
        Assert.Contains(name, refused.Message, StringComparison.Ordinal);
        Assert.Contains("20261126064744_Initial … 20261126120635_EventDeadliestIndex", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be upgraded", refused.Message, StringComparison.Ordinal);
        await using (var db = await store.DbAsync())
        {
            Assert.Equal(["20261126064744_Initial", "20261126120635_EventDeadliestIndex"], await db.Database.GetAppliedMigrationsAsync(ct));
            Assert.Equal(0, await db.Set<Vigil.Events.Event>().CountAsync(ct));
        }
    }

    [Fact]
    public async Task DbMigrate_StoreOfThePreReleaseChain_ExitsWithOneAndSaysWhatToDo()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await ConsoleCapture.RunAsync("db", "migrate", "--data-dir", folder.Path)).Exit);
        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(folder.Path, null).Configure(options);
        await using (var db = new VigilDb(options.Options))
        {
            await db.Database.ExecuteSqlRawAsync(OldChain, TestContext.Current.CancellationToken);
        }

        var (exit, output) = await ConsoleCapture.RunAsync("db", "migrate", "--data-dir", folder.Path);

        Assert.Equal(VigilCli.BadInput, exit);
        Assert.StartsWith("error: The SQLite database ", output, StringComparison.Ordinal);
        Assert.Contains("move the data directory aside", output, StringComparison.Ordinal);
    }
}
