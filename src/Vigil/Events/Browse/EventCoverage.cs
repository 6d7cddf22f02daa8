using Microsoft.EntityFrameworkCore;
using Vigil.Events.Series;
using Vigil.Storage;

namespace Vigil.Events.Browse;

/// <summary>
/// Which countries have stored events, from which source and for which months — the index of the event pages.
/// Sources are listed apart, never added together (they count the same killings differently).
/// It reads the monthly aggregate (<see cref="EventMonth"/>), not the events. The answer is kept for
/// <see cref="Freshness"/> as well: an index page a minute behind an import is fine — the country pages always read live.
/// </summary>
public sealed class EventCoverage(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    // A reference swapped whole, so concurrent requests never see half an update.
    private volatile Snapshot? _cached;

    private sealed record Snapshot(DateTimeOffset At, IReadOnlyList<SourceCoverage> Value);

    public async Task<IReadOnlyList<SourceCoverage>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && now - cached.At < Freshness)
        {
            return cached.Value;
        }
        var value = await ReadAsync(cancellationToken);
        _cached = new Snapshot(now, value);
        return value;
    }

    private async Task<IReadOnlyList<SourceCoverage>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // From the monthly aggregate (every event with a country, spread ones by their first month): a few thousand
        // rows grouped by (country, source, month) even for millions of events.
        var months = await db.Set<EventMonth>().AsNoTracking()
            .GroupBy(m => new { m.CountryIso3, m.Source, m.Month })
            .Select(g => new { g.Key.CountryIso3, g.Key.Source, g.Key.Month, Events = g.Sum(m => m.Events), CivilianDeaths = (int)g.Sum(m => m.CivilianDeaths) })
            .ToListAsync(cancellationToken);
        return [.. months.GroupBy(m => (m.CountryIso3, m.Source)).Select(g =>
        {
            var last = g.Max(m => m.Month);
            var recentFrom = YearMonth.Add(last, -(SourceCoverage.RecentMonths - 1));
            var recent = g.Where(m => m.Month >= recentFrom).ToList();
            return new SourceCoverage(g.Key.CountryIso3, g.Key.Source, g.Sum(m => m.Events), g.Min(m => m.Month), last,
                recent.Sum(m => m.Events), recent.Sum(m => m.CivilianDeaths));
        }).OrderBy(c => c.Iso3, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal)];
    }
}
