using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>Links each new alert to every open situation of its place (country, and admin-1 when the situation names areas).</summary>
public sealed class LinkRaisedAlerts(IDbContextFactory<VigilDb> dbFactory, TimeProvider time) : IRaisedAlertsHandler
{
    public async Task HandleAsync(IReadOnlyList<Alert> raised, CancellationToken cancellationToken)
    {
        if (raised.Count == 0)
        {
            return;
        }
        var countries = raised.Select(a => a.CountryIso3).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Situations.Include(s => s.Links)
            .Where(s => s.Status != SituationStatus.Closed && countries.Contains(s.CountryIso3)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var alert in raised)
        {
            foreach (var situation in open.Where(s => s.Covers(alert.CountryIso3, alert.Admin1)))
            {
                situation.Link(LinkKind.Alert, alert.Id, alert.CreatedAt, "system", automatic: true, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
