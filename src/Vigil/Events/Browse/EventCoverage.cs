using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Events.Browse;

/// <summary>
/// Which countries have stored events, from which source and for which months — the index of the event pages.
/// Sources are listed apart, never added together (they count the same killings differently).
/// </summary>
public sealed class EventCoverage(IDbContextFactory<VigilDb> dbFactory)
{
    public async Task<IReadOnlyList<SourceCoverage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One pass over the events, grouped by (country, source, month): a few thousand rows even for millions of events.
        var months = await db.Set<Event>().AsNoTracking().Where(e => e.CountryIso3 != null)
            .GroupBy(e => new { e.CountryIso3, e.Source, e.Month })
            .Select(g => new { g.Key.CountryIso3, g.Key.Source, g.Key.Month, Events = g.Count(), CivilianDeaths = g.Sum(e => e.CivilianDeaths ?? 0) })
            .ToListAsync(cancellationToken);
        return [.. months.GroupBy(m => (m.CountryIso3, m.Source)).Select(g =>
        {
            var last = g.Max(m => m.Month);
            var recentFrom = MonthsBefore(last, SourceCoverage.RecentMonths - 1);
            var recent = g.Where(m => m.Month >= recentFrom).ToList();
            return new SourceCoverage(g.Key.CountryIso3!, g.Key.Source, g.Sum(m => m.Events), g.Min(m => m.Month), last,
                recent.Sum(m => m.Events), recent.Sum(m => m.CivilianDeaths));
        }).OrderBy(c => c.Iso3, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal)];
    }

    /// <summary>The yyyyMM month <paramref name="count"/> months before <paramref name="month"/>.</summary>
    internal static int MonthsBefore(int month, int count)
    {
        var index = (month / 100 * 12) + (month % 100 - 1) - count;
        return (index / 12 * 100) + (index % 12) + 1;
    }
}
