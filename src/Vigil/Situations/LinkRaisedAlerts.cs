using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>
/// Links each new standing alert (<see cref="StandingAlerts"/>) to every open situation of its place (country, and admin-1 when
/// the situation names areas).
/// </summary>
public sealed class LinkRaisedAlerts(IDbContextFactory<VigilDb> dbFactory, TimeProvider time) : IRaisedAlertsHandler
{
    public Task HandleAsync(IReadOnlyList<Alert> raised, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return OpenSituationLinks.LinkAsync(dbFactory, now,
            [.. raised.AsQueryable().Where(StandingAlerts.On(now)).Select(a => new OpenSituationLinks.Warning(LinkKind.Alert, a.Id, a.CountryIso3, a.Admin1, a.CreatedAt))],
            (situation, w) => situation.Covers(w.CountryIso3, w.Admin1), cancellationToken);
    }
}
