using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Events;
using Vigil.Events.Escalation;
using Vigil.Events.Series;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors;

/// <summary>
/// Derives the register from the stored GED and ACLED events: one identity per source actor with its counts per country
/// and month, a derived entry for each identity in every organisation's register (names and suggested kinds refreshed,
/// an analyst's kinds and merges kept), and a signal for each sharp rise in an actor's one-sided violence. Runs after
/// every import and from <c>vigil actors rebuild</c>; a rebuild over the same events changes nothing.
/// </summary>
public sealed class RebuildActors(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public const string SignalOrigin = "actors";

    /// <summary>Signals are raised for the last months of the data only: a rebuild is not a scan of history (that is <c>vigil events scan</c>).</summary>
    public const int SignalMonths = 12;

    public sealed record Outcome(int Identities, int NewEntries, int Signals);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var tallies = await TallyAsync(db, cancellationToken);

        var identities = await db.ActorIdentities.ToDictionaryAsync(i => (i.Source, i.SourceActorId), cancellationToken);
        foreach (var (key, tally) in tallies)
        {
            if (!identities.TryGetValue(key, out var identity))
            {
                identity = ActorIdentity.Create(key.Source, key.SourceActorId, tally.Name, now);
                db.ActorIdentities.Add(identity);
                identities[key] = identity;
            }
            tally.Apply(identity, now);
        }
        foreach (var (key, identity) in identities.Where(i => !tallies.ContainsKey(i.Key)))
        {
            // Kept (an organisation's entry or assessment may point at it) with no events left.
            identity.Counted(identity.Name, identity.CountryIso3, identity.SuggestedKind, 0, 0, 0, 0, 0, now);
        }
        await db.SaveChangesAsync(cancellationToken);

        await db.ActorMonths.ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var (key, tally) in tallies)
        {
            var id = identities[key].Id;
            db.ActorMonths.AddRange(tally.Months.Select(m => new ActorMonth(id, m.Key.Country, m.Key.Month, m.Value.Events, m.Value.CivilianEvents, m.Value.Deaths)));
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        var added = await EnsureEntriesAsync(db, identities.Values.Where(i => i.Events > 0).ToList(), now, cancellationToken);
        var signals = await SignalAsync(db, tallies, identities, now, cancellationToken);
        return new Outcome(tallies.Count, added, signals);
    }

    private static async Task<Dictionary<(string Source, string SourceActorId), Tally>> TallyAsync(VigilDb db, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<(string, string), Tally>();
        var seen = new HashSet<(string, string)>();
        var events = db.Set<Event>().AsNoTracking()
            .Where(e => e.Source == EventSource.UcdpGed || e.Source == EventSource.Acled)
            .Select(ActorEventRow.FromEvent)
            .AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            seen.Clear();
            foreach (var r in ActorReferences.Of(e))
            {
                // An actor named twice in one event (as actor and associated actor, or on both sides) counts it once.
                if (!seen.Add((r.Source, r.SourceActorId)))
                {
                    continue;
                }
                if (!tallies.TryGetValue((r.Source, r.SourceActorId), out var tally))
                {
                    tally = new Tally(r.Name);
                    tallies[(r.Source, r.SourceActorId)] = tally;
                }
                tally.Add(e, r);
            }
        }
        return tallies;
    }

    /// <summary>
    /// A new organisation's register, made at once from the identities stored (not at the next import), so its analysts do not
    /// meet an empty register while the events are there.
    /// </summary>
    public async Task<int> RegisterAsync(Guid organization, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var identities = await db.ActorIdentities.Where(i => i.Events > 0).ToListAsync(cancellationToken);
        return await EnsureEntriesAsync(db, identities, time.GetUtcNow().UtcDateTime, cancellationToken, organization);
    }

    /// <summary>Every organisation's register (or only the one given) gets an entry for each identity it has none for; existing entries follow the counts.</summary>
    private static async Task<int> EnsureEntriesAsync(VigilDb db, IReadOnlyList<ActorIdentity> identities, DateTime now, CancellationToken cancellationToken,
        Guid? only = null)
    {
        var organizations = only is { } one ? [one] : await db.Set<Organization>().Select(o => o.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var organization in organizations)
        {
            var entries = await db.Actors.Where(a => a.OrganizationId == organization && a.IdentityId != null)
                .ToDictionaryAsync(a => a.IdentityId!.Value, cancellationToken);
            foreach (var identity in identities)
            {
                if (entries.TryGetValue(identity.Id, out var entry))
                {
                    entry.Refresh(identity, now);
                }
                else
                {
                    db.Actors.Add(Actor.Derived(identity, organization, now));
                    added++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return added;
    }

    /// <summary>
    /// The escalation detector over each actor's monthly one-sided violence in each country where it acted; a finding becomes a
    /// signal of origin "actors" whose measure names the identity ("actor_civilian_events:42"), so alerts can tell the actors apart.
    /// </summary>
    private static async Task<int> SignalAsync(VigilDb db, Dictionary<(string Source, string SourceActorId), Tally> tallies,
        Dictionary<(string Source, string SourceActorId), ActorIdentity> identities, DateTime now, CancellationToken cancellationToken)
    {
        var last = tallies.Values.Select(t => t.LastMonth).DefaultIfEmpty(0).Max();
        if (last == 0)
        {
            return 0;
        }
        var from = YearMonth.Add(last, -(SignalMonths - 1));
        var detector = new EscalationDetector();
        var ledger = await SignalLedger.LoadAsync(db, SignalOrigin, null, cancellationToken);
        var count = 0;
        foreach (var (key, tally) in tallies.Where(t => t.Value.CivilianEvents > 0 && t.Value.LastMonth >= from))
        {
            var id = identities[key].Id;
            foreach (var series in tally.Series(key.Source))
            {
                foreach (var f in detector.Scan(series, from).Where(f => f.Measure == SeriesMeasure.CivilianEvents.Name))
                {
                    ledger.Record(f.Source, f.Country, "", YearMonth.FirstDay(f.Month), MeasureOf(id), f.Indicators, f.Observed, f.Expected,
                        f.Score, f.Severity, now);
                    count++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    public static string MeasureOf(long identityId) => $"actor_civilian_events:{identityId}";

    private sealed class Tally(string name)
    {
        public string Name { get; private set; } = name;
        public Dictionary<(string Country, int Month), (int Events, int CivilianEvents, long Deaths)> Months { get; } = [];
        private readonly Dictionary<ActorKind, int> _kinds = [];
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        public int CivilianEvents { get; private set; }
        public int LastMonth { get; private set; }

        public void Add(ActorEventRow e, ActorReference r)
        {
            var key = (e.CountryIso3 ?? "", e.Month);
            var m = Months.GetValueOrDefault(key);
            Months[key] = (m.Events + 1, m.CivilianEvents + (e.OneSided ? 1 : 0), m.Deaths + (e.Deaths ?? 0));
            _kinds[r.Kind] = _kinds.GetValueOrDefault(r.Kind) + 1;
            _names[r.Name] = _names.GetValueOrDefault(r.Name) + 1;
            CivilianEvents += e.OneSided ? 1 : 0;
            LastMonth = Math.Max(LastMonth, e.Month);
        }

        /// <summary>The most frequent of the values, ties broken by order so a rebuild is repeatable.</summary>
        private static T Commonest<T>(Dictionary<T, int> counts) where T : notnull =>
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToString(), StringComparer.Ordinal).First().Key;

        public void Apply(ActorIdentity identity, DateTime now)
        {
            Name = Commonest(_names);
            var country = Months.GroupBy(m => m.Key.Country).OrderByDescending(g => g.Sum(m => m.Value.Events)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            identity.Counted(Name, country, Commonest(_kinds), Months.Values.Sum(m => m.Events), CivilianEvents, Months.Values.Sum(m => m.Deaths),
                Months.Keys.Min(k => k.Month), LastMonth, now);
        }

        /// <summary>One series per country, gap months filled with zeros (the detector reads consecutive months).</summary>
        public IEnumerable<EventSeries> Series(string source) =>
            Months.GroupBy(m => m.Key.Country).Select(g =>
            {
                var byMonth = g.ToDictionary(m => m.Key.Month, m => m.Value);
                var first = byMonth.Keys.Min();
                var rows = Enumerable.Range(0, YearMonth.Between(first, byMonth.Keys.Max()) + 1).Select(i =>
                {
                    var month = YearMonth.Add(first, i);
                    var v = byMonth.GetValueOrDefault(month);
                    return new SeriesRow(g.Key, "", month, v.Events, (int)v.Deaths, v.CivilianEvents, 0);
                }).ToList();
                return new EventSeries(g.Key, "", source, rows);
            });
    }
}
