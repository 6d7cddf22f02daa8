using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Composition;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>A migrated private store (SQLite, or PostgreSQL when VIGIL_TEST_POSTGRES is set) with the core services.</summary>
public sealed class EventStore : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly TestStore _store;

    private EventStore(TestStore store, ServiceProvider services)
    {
        _store = store;
        Services = services;
    }

    public ServiceProvider Services { get; }
    public DatabaseTarget Target => _store.Target;
    public EventImporter Importer => Services.GetRequiredService<EventImporter>();

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public static async Task<EventStore> OpenAsync(string provider)
    {
        var store = provider == Postgres
            ? await TestStore.PostgresAsync() ?? SkipPostgres()
            : TestStore.Sqlite();
        var services = new ServiceCollection().AddLogging().AddVigilCore(store.Target).BuildServiceProvider();
        await services.GetRequiredService<DatabaseSetup>().MigrateAsync(CancellationToken.None);
        return new EventStore(store, services);
    }

    private static TestStore SkipPostgres()
    {
        Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable} to run this test on PostgreSQL.");
        return null!;
    }

    public Task<EventImportSummary> ImportAsync(params string[] files) =>
        Importer.ImportAsync(new EventImportRequest(files), null, TestContext.Current.CancellationToken);

    public async Task<int> CountAsync(string? source = null)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        return await db.Set<Event>().CountAsync(e => source == null || e.Source == source);
    }

    public async Task<VigilDb> DbAsync() => await Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _store.DisposeAsync();
    }
}
