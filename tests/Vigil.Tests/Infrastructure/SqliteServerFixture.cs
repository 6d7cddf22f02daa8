namespace Vigil.Tests.Infrastructure;

/// <summary>One <see cref="TestServer"/> over a private SQLite store, shared by the tests of a class (<c>IClassFixture</c>).</summary>
public sealed class SqliteServerFixture : IAsyncLifetime
{
    private TestServer? _server;

    public TestServer Server => _server ?? throw new InvalidOperationException("The server is started by InitializeAsync.");

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync(TestStore.Sqlite());

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
