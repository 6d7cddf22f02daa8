using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>
/// Links each new signal to every open situation of its country (issue 12: a speech surge "links to open situations of that
/// country"). A signal of a whole country (no admin-1) concerns every situation there, areas or not; one of an admin-1 only those
/// that cover it.
/// </summary>
public sealed class LinkRaisedSignals(IDbContextFactory<VigilDb> dbFactory, TimeProvider time) : IRaisedSignalsHandler
{
    public async Task HandleAsync(IReadOnlyList<Signal> raised, CancellationToken cancellationToken)
    {
        if (raised.Count == 0)
        {
            return;
        }
        var countries = raised.Select(s => s.CountryIso3).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Situations.Include(s => s.Links)
            .Where(s => s.Status != SituationStatus.Closed && countries.Contains(s.CountryIso3)).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var signal in raised)
        {
            foreach (var situation in open.Where(s => signal.Admin1.Length == 0
                ? string.Equals(s.CountryIso3, signal.CountryIso3, StringComparison.OrdinalIgnoreCase)
                : s.Covers(signal.CountryIso3, signal.Admin1)))
            {
                situation.Link(LinkKind.Signal, signal.Id, signal.DetectedAt, "system", automatic: true, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
