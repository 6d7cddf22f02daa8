using Microsoft.EntityFrameworkCore;
using Vigil.Events;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors;

/// <summary>Reads the register as a viewer may see it: a country's actors with their counts per source, and one actor's page.</summary>
public sealed class ActorQueries(IDbContextFactory<VigilDb> dbFactory)
{
    /// <summary>Months of the sparkline, ending at the country's last month with actor data.</summary>
    public const int ActivityMonths = 24;

    /// <summary>"Recent" one-sided violence (the situation page): the last months of each source's data in the country.</summary>
    public const int RecentMonths = 12;

    public async Task<IReadOnlyList<ActorRow>> ListAsync(Viewer viewer, ActorQuery query, CancellationToken cancellationToken)
    {
        var country = query.Country.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var months = await db.ActorMonths.AsNoTracking().Where(m => m.CountryIso3 == country).ToListAsync(cancellationToken);
        if (months.Count == 0)
        {
            return [];
        }
        var last = months.Max(m => m.Month);
        var activityFrom = YearMonth.Add(last, -(ActivityMonths - 1));
        var byIdentity = months.GroupBy(m => m.IdentityId).ToDictionary(g => g.Key, g => g.ToList());

        var actorMonths = db.Set<ActorMonth>();
        var entries = await Registers(db, viewer, query.OrganizationId)
            .Where(a => a.IdentityId != null && actorMonths.Any(m => m.IdentityId == a.IdentityId && m.CountryIso3 == country))
            .ToListAsync(cancellationToken);
        var merges = await Registers(db, viewer, query.OrganizationId).Where(a => a.IdentityId == null).ToDictionaryAsync(a => a.Id, cancellationToken);
        var ids = entries.Select(e => e.IdentityId!.Value).Distinct().ToList();
        var identities = await db.ActorIdentities.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        // Sources end at different months (GED yearly, ACLED weekly): each one's recent window ends at its own last month.
        var lastBySource = await db.ActorMonths.AsNoTracking().Where(m => m.CountryIso3 == country)
            .Join(db.ActorIdentities, m => m.IdentityId, i => i.Id, (m, i) => new { i.Source, m.Month })
            .GroupBy(x => x.Source).Select(g => new { g.Key, Last = g.Max(x => x.Month) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);

        var rows = new List<ActorRow>();
        foreach (var group in entries.GroupBy(e => Top(e, merges).Id))
        {
            var actor = group.Key == group.First().Id ? group.First() : merges[group.Key];
            var sources = group.Select(e =>
            {
                var identity = identities[e.IdentityId!.Value];
                var m = byIdentity[identity.Id];
                return new ActorSourceCounts(identity.Id, identity.Source, identity.SourceActorId, identity.Name,
                    m.Sum(x => x.Events), m.Sum(x => x.CivilianEvents), m.Sum(x => x.Deaths));
            }).OrderBy(s => s.Source, StringComparer.Ordinal).ThenByDescending(s => s.Events).ToList();
            var inGroup = group.Select(e => e.IdentityId!.Value).ToHashSet();
            var recent = months.Where(m => inGroup.Contains(m.IdentityId) && m.Month >= activityFrom).ToList();
            var activity = Enumerable.Range(0, ActivityMonths)
                .Select(i => recent.Where(m => m.Month == YearMonth.Add(activityFrom, i)).Sum(m => m.Events)).ToList();
            var violence = sources.Select(s => s.Source).Distinct().Select(source =>
            {
                var to = lastBySource[source];
                var from = YearMonth.Add(to, -(RecentMonths - 1));
                var ofSource = sources.Where(s => s.Source == source).Select(s => s.IdentityId).ToHashSet();
                return new ActorRecentViolence(source, from, to,
                    months.Where(m => ofSource.Contains(m.IdentityId) && m.Month >= from && m.Month <= to).Sum(m => m.CivilianEvents));
            }).ToList();
            rows.Add(new ActorRow(actor, sources, activity, violence));
        }
        var search = query.Search?.Trim();
        return rows
            .Where(r => query.Kind is null || r.Actor.Kind == query.Kind)
            .Where(r => string.IsNullOrEmpty(search) || r.Actor.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || r.Sources.Any(s => s.Name.Contains(search, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(r => r.Sources.Max(s => s.Events)).ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>An actor's page, or null when it does not exist or the viewer may not see it.</summary>
    public async Task<ActorDetails?> DetailsAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.AsNoTracking().VisibleTo(viewer).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
        {
            return null;
        }
        var parts = await PartsAsync(db, viewer, actor, cancellationToken);
        var ids = parts.Append(actor).Where(a => a.IdentityId is not null).Select(a => a.IdentityId!.Value).ToList();
        var identities = await db.ActorIdentities.AsNoTracking().Where(i => ids.Contains(i.Id))
            .OrderBy(i => i.Source).ThenByDescending(i => i.Events).ToListAsync(cancellationToken);
        var sources = identities.Select(i => new ActorSourceCounts(i.Id, i.Source, i.SourceActorId, i.Name, i.Events, i.CivilianEvents, i.Deaths)).ToList();
        var months = await db.ActorMonths.AsNoTracking().Where(m => ids.Contains(m.IdentityId)).ToListAsync(cancellationToken);
        var series = identities.Select(i => new ActorSourceSeries(i.Source, i.SourceActorId, Filled(months.Where(m => m.IdentityId == i.Id)))).ToList();

        var events = await EventsOfAsync(db, identities, cancellationToken);
        var keys = identities.Select(i => (i.Source, i.SourceActorId)).ToHashSet();
        var areas = new List<ActorCount>();
        var counterparts = new List<ActorCount>();
        foreach (var e in events)
        {
            areas.Add(new ActorCount(e.Source, e.CountryIso3, e.Admin1 ?? "", 1));
            var own = ActorReferences.Of(e).Where(r => keys.Contains((r.Source, r.SourceActorId))).Select(r => r.Side).ToHashSet();
            if (own.Count == 1 && (own.Contains(1) ? e.Actor2 : e.Actor1) is { Length: > 0 } other)
            {
                counterparts.Add(new ActorCount(e.Source, e.CountryIso3, other, 1));
            }
        }
        var affiliations = await AffiliationsAsync(db, viewer, actor.Id, cancellationToken);
        return new ActorDetails(actor, sources, series,
            events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(ActorDetails.EventsShown).ToList(),
            Counted(areas), Counted(counterparts), parts.Where(p => p.MergedIntoId == actor.Id).ToList(), affiliations);
    }

    /// <summary>The entries of the viewer's registers (one organisation's when asked), merged or not.</summary>
    private static IQueryable<Actor> Registers(VigilDb db, Viewer viewer, Guid? organizationId)
    {
        var query = db.Actors.AsNoTracking().VisibleTo(viewer);
        return organizationId is { } org ? query.Where(a => a.OrganizationId == org) : query;
    }

    /// <summary>The merge an entry belongs to now (itself when it stands alone, or when the merge holding it is hidden from the viewer).</summary>
    public static Actor Top(Actor entry, IReadOnlyDictionary<Guid, Actor> merges)
    {
        var current = entry;
        while (current.MergedIntoId is { } up && merges.TryGetValue(up, out var merge))
        {
            current = merge;
        }
        return current;
    }

    /// <summary>Every entry merged into <paramref name="actor"/>, directly or through merges within it.</summary>
    public static async Task<List<Actor>> PartsAsync(VigilDb db, Viewer viewer, Actor actor, CancellationToken cancellationToken)
    {
        var parts = new List<Actor>();
        var level = new List<Guid> { actor.Id };
        while (level.Count > 0)
        {
            var next = await db.Actors.AsNoTracking().VisibleTo(viewer)
                .Where(a => a.MergedIntoId != null && level.Contains(a.MergedIntoId.Value)).ToListAsync(cancellationToken);
            parts.AddRange(next);
            level = next.Where(a => a.IsMerge).Select(a => a.Id).ToList();
        }
        return parts;
    }

    /// <summary>The stored events of the identities, matched by the same rule that counted them (<see cref="ActorReferences"/>).</summary>
    private static async Task<List<ActorEventRow>> EventsOfAsync(VigilDb db, IReadOnlyList<ActorIdentity> identities, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, ActorEventRow>();
        foreach (var identity in identities)
        {
            var (source, key, name) = (identity.Source, identity.SourceActorId, identity.Name);
            var candidates = db.Set<Event>().AsNoTracking().Where(e => e.Source == source);
            candidates = source == EventSource.UcdpGed
                ? candidates.Where(e => e.Actor1SourceId == key || e.Actor2SourceId == key || e.Actor1 == name || e.Actor2 == name)
                : candidates.Where(e => e.Actor1 == name || e.Actor2 == name || e.AssocActor1!.Contains(name) || e.AssocActor2!.Contains(name));
            await foreach (var e in candidates.Select(ActorEventRow.FromEvent).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (ActorReferences.Of(e).Any(r => r.Source == source && r.SourceActorId == key))
                {
                    found.TryAdd(e.Id, e);
                }
            }
        }
        return [.. found.Values];
    }

    private static async Task<List<ActorAffiliationRow>> AffiliationsAsync(VigilDb db, Viewer viewer, Guid id, CancellationToken cancellationToken)
    {
        var links = await db.ActorAffiliations.AsNoTracking().Where(a => a.ActorId == id || a.RelatedActorId == id).ToListAsync(cancellationToken);
        var others = links.Select(l => l.ActorId == id ? l.RelatedActorId : l.ActorId).Distinct().ToList();
        var names = await db.Actors.AsNoTracking().VisibleTo(viewer).Where(a => others.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return links.Select(l => (Link: l, Other: l.ActorId == id ? l.RelatedActorId : l.ActorId))
            .Where(x => names.ContainsKey(x.Other))
            .Select(x => new ActorAffiliationRow(x.Link, x.Other, names[x.Other], x.Link.ActorId == id))
            .OrderBy(r => r.Affiliation.From ?? DateOnly.MinValue).ToList();
    }

    private static List<ActorSeriesPoint> Filled(IEnumerable<ActorMonth> months)
    {
        var byMonth = months.GroupBy(m => m.Month).ToDictionary(g => g.Key, g => (Events: g.Sum(m => m.Events), Civilian: g.Sum(m => m.CivilianEvents), Deaths: g.Sum(m => m.Deaths)));
        if (byMonth.Count == 0)
        {
            return [];
        }
        var first = byMonth.Keys.Min();
        return Enumerable.Range(0, YearMonth.Between(first, byMonth.Keys.Max()) + 1).Select(i =>
        {
            var month = YearMonth.Add(first, i);
            var v = byMonth.GetValueOrDefault(month);
            return new ActorSeriesPoint(month, v.Events, v.Civilian, v.Deaths);
        }).ToList();
    }

    private static List<ActorCount> Counted(IEnumerable<ActorCount> items) =>
        items.GroupBy(c => (c.Source, c.CountryIso3, c.Name))
            .Select(g => new ActorCount(g.Key.Source, g.Key.CountryIso3, g.Key.Name, g.Count()))
            .OrderByDescending(c => c.Events).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
}
