using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech;

public sealed class PostgresSpeechServer : SpeechServer
{
    protected override Task<TestStore?> CreateStoreAsync() => TestStore.PostgresAsync();
}
