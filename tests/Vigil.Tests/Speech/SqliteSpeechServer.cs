using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech;

public sealed class SqliteSpeechServer : SpeechServer
{
    protected override Task<TestStore?> CreateStoreAsync() => Task.FromResult<TestStore?>(TestStore.Sqlite());
}
