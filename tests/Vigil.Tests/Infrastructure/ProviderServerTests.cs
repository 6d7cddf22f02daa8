namespace Vigil.Tests.Infrastructure;

/// <summary>
/// Tests over real HTTP against one server per test, run once per database provider (a subclass per provider gives the store).
/// Without a PostgreSQL server the PostgreSQL subclass's tests skip, saying what is missing.
/// </summary>
public abstract class ProviderServerTests : IAsyncLifetime
{
    private TestServer? _server;

    protected TestServer Server
    {
        get
        {
            if (_server is null)
            {
                Assert.Skip($"{TestStore.PostgresVariable} is not set: no PostgreSQL server to test against (./test starts one).");
            }
            return _server;
        }
    }

    protected abstract Task<TestStore?> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        var store = await CreateStoreAsync();
        if (store is not null)
        {
            _server = await TestServer.StartAsync(store);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
