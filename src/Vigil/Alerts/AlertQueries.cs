using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>Reads of stored alerts shared by the pages and the API.</summary>
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

    /// <summary>A country's alerts and how many are not closed; with <paramref name="origin"/>, only alerts with a signal from it.</summary>
    public static async Task<(int All, int Open)> CountsOfCountryAsync(this VigilDb db, string iso3, string? origin,
        CancellationToken cancellationToken)
    {
        var alerts = db.Set<Alert>().Where(a => a.CountryIso3 == iso3);
        if (origin is not null)
        {
            var signals = db.Set<Signal>().Where(s => s.Origin == origin && s.CountryIso3 == iso3).Select(s => s.Id);
            alerts = alerts.Where(a => a.Signals.Any(l => signals.Contains(l.SignalId)));
        }
        var statuses = await alerts.Select(a => a.Status).ToListAsync(cancellationToken);
        return (statuses.Count, statuses.Count(s => s != AlertStatus.Closed));
    }
}
