using Microsoft.Extensions.DependencyInjection;
using Vigil.Speech;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech;

/// <summary>
/// The app with the <see cref="KeywordClassifier"/> registered, over a private store of one provider, shared by a test class.
/// Without a PostgreSQL server the PostgreSQL one skips its tests, saying what is missing.
/// </summary>
public abstract class SpeechServer : IAsyncLifetime
{
    private TestServer? _server;

    public KeywordClassifier Classifier { get; } = new();

    public TestServer Server
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
        if (await CreateStoreAsync() is { } store)
        {
            _server = await TestServer.StartAsync(store, b => b.Services.AddSingleton<ISpeechClassifier>(Classifier));
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
