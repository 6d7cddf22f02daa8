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
    public Task HandleAsync(IReadOnlyList<Signal> raised, CancellationToken cancellationToken) =>
        OpenSituationLinks.LinkAsync(dbFactory, time.GetUtcNow().UtcDateTime,
            [.. raised.Select(s => new OpenSituationLinks.Warning(LinkKind.Signal, s.Id, s.CountryIso3, s.Admin1, s.DetectedAt))],
            (situation, w) => w.Admin1.Length == 0
                ? string.Equals(situation.CountryIso3, w.CountryIso3, StringComparison.OrdinalIgnoreCase)
                : situation.Covers(w.CountryIso3, w.Admin1),
            cancellationToken);
}
