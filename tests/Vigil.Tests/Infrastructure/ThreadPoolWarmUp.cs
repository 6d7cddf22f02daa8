using System.Runtime.CompilerServices;

namespace Vigil.Tests.Infrastructure;

/// <summary>
/// The test classes run in parallel on two cores, each with its own Kestrel server, and several still block a
/// thread now and then (synchronous EF and Identity calls inside frameworks). The thread pool adds threads slowly
/// (about two a second) once its minimum is reached, so a burst could stall a local HTTP round trip past the
/// webhook client's 15-second timeout. Starting with more threads keeps timing out of what the tests measure.
/// </summary>
internal static class ThreadPoolWarmUp
{
    [ModuleInitializer]
    internal static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
