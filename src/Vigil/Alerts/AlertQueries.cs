using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>Reads of stored alerts shared by the inbox page and the API.</summary>
public static class AlertQueries
{
    /// <summary>
    /// Last updated first. One raise run updates many alerts at the same instant, so ties are broken by the alert's
    /// latest month (newest first), then its first month, then the place, so that the order is stable and meaningful.
    /// </summary>
    public static IOrderedQueryable<Alert> NewestFirst(this IQueryable<Alert> alerts) =>
        alerts.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.LastPeriod).ThenByDescending(a => a.FirstPeriod)
            .ThenBy(a => a.CountryIso3).ThenBy(a => a.Admin1);

    /// <summary>The distinct measures of each alert's signals (e.g. "fatalities", "civilian_deaths"), ordinal order.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<string>>> MeasuresOfAsync(this VigilDb db, IReadOnlyCollection<Guid> alertIds,
        CancellationToken cancellationToken)
    {
        if (alertIds.Count == 0)
        {
            return [];
        }
        var ids = alertIds.Distinct().ToList();
        var rows = await (from link in db.Set<AlertSignal>()
                          join signal in db.Set<Signal>() on link.SignalId equals signal.Id
                          where ids.Contains(link.AlertId)
                          select new { link.AlertId, signal.Measure }).Distinct().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AlertId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)[.. g.Select(r => r.Measure).Order(StringComparer.Ordinal)]);
    }
}
