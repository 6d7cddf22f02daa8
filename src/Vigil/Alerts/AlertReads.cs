using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>Per-user read state of alerts: the unread count in the navigation and the inbox marker.</summary>
public sealed class AlertReads(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var read = db.Set<AlertRead>().Where(r => r.UserId == userId).Select(r => r.AlertId);
        return await db.Set<Alert>().CountAsync(a => a.Status != AlertStatus.Closed && !read.Contains(a.Id), cancellationToken);
    }

    public async Task<HashSet<Guid>> ReadByAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return [.. await db.Set<AlertRead>().Where(r => r.UserId == userId).Select(r => r.AlertId).ToListAsync(cancellationToken)];
    }

    public async Task MarkReadAsync(Guid alertId, Guid userId, CancellationToken cancellationToken)
    {
        if (userId == Guid.Empty)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<AlertRead>().AnyAsync(r => r.AlertId == alertId && r.UserId == userId, cancellationToken))
        {
            db.Add(AlertRead.Of(alertId, userId, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
