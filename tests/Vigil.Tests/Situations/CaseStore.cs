using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Storage;
using Vigil.Tests.Events;

namespace Vigil.Tests.Situations;

/// <summary>Cases stored in a test store as the import stores them (<see cref="RecordCase"/>, acting as the command line).</summary>
internal static class CaseStore
{
    public static async Task<RecordCase.Result> RecordAsync(EventStore store, IReadOnlyList<CaseInput> cases, Guid? owner = null)
    {
        await using var scope = store.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordCase>()
            .RunAsync(new RecordCase.Request(cases, "test", owner, KeepIds: true), TestContext.Current.CancellationToken);
    }

    public static async Task<List<PreventionCase>> SearchAsync(EventStore store, Viewer viewer, string? query)
    {
        await using var db = await store.DbAsync();
        return await db.SearchCasesAsync(viewer, query, null, TestContext.Current.CancellationToken);
    }

    public static async Task<List<PreventionCase>> AllAsync(EventStore store)
    {
        await using var db = await store.DbAsync();
        return await db.Cases.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }
}
