using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Composition;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Storage;

/// <summary>A job's advisory lock on PostgreSQL: one holder at a time per job name, free again once released.</summary>
public sealed class JobLockTests
{
    [Fact]
    public async Task TryAcquire_HeldByAnotherInstance_RefusedUntilReleased()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.PostgresAsync();
        if (store is null)
        {
            Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable}.");
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVigilCore(store.Target);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<VigilDb>>();
        await using var first = await factory.CreateDbContextAsync(ct);
        await using var second = await factory.CreateDbContextAsync(ct);

        var held = await JobLock.TryAcquireAsync(first, "test.job", ct);
        Assert.NotNull(held);
        Assert.Null(await JobLock.TryAcquireAsync(second, "test.job", ct));
        await using (var other = await JobLock.TryAcquireAsync(second, "test.other-job", ct))
        {
            Assert.NotNull(other);
        }
        await held.DisposeAsync();
        await using var after = await JobLock.TryAcquireAsync(second, "test.job", ct);
        Assert.NotNull(after);
    }
}
