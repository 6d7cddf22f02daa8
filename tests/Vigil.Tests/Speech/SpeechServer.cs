using Microsoft.Extensions.DependencyInjection;
using Vigil.Speech;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech;

/// <summary>The app over a private SQLite store with the <see cref="KeywordClassifier"/> registered, shared by a test class.</summary>
public sealed class SpeechServer : IAsyncLifetime
{
    private TestServer? _server;

    public KeywordClassifier Classifier { get; } = new();

    public TestServer Server => _server ?? throw new InvalidOperationException("Started by InitializeAsync.");

    public async ValueTask InitializeAsync() =>
        _server = await TestServer.StartAsync(TestStore.Sqlite(), b => b.Services.AddSingleton<ISpeechClassifier>(Classifier));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
