using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vigil.Events.Import;
using Vigil.Events.Series;

namespace Vigil.Events;

/// <summary>
/// Events are added only by the import's batch writers (<see cref="EventImporter"/>), which add them to the monthly
/// summary <see cref="EventMonth"/> in the same transaction; the database's triggers follow updates and deletions
/// (decision 0014). An event added through EF would be missing from every series, index and scan without a sign, so
/// such a save is refused instead.
/// </summary>
public sealed class EventInsertGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<Event>().Any(e => e.State == EntityState.Added))
        {
            throw new InvalidOperationException(
                "Events are stored by the importer (EventImporter), which keeps the monthly summary event_months in step; adding them through EF would leave them out of every series.");
        }
    }
}
