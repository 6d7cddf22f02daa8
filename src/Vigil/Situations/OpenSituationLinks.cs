using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>What <see cref="LinkRaisedAlerts"/> and <see cref="LinkRaisedSignals"/> share: new warnings linked, once, to the open situations of their place.</summary>
internal static class OpenSituationLinks
{
    public sealed record Warning(LinkKind Kind, Guid Id, string CountryIso3, string Admin1, DateTime WarnedAt);

    public static async Task LinkAsync(IDbContextFactory<VigilDb> dbFactory, DateTime now, IReadOnlyList<Warning> warnings, Func<Situation, Warning, bool> concerns,
        CancellationToken cancellationToken)
    {
        if (warnings.Count == 0)
        {
            return;
        }
        var countries = warnings.Select(w => w.CountryIso3).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.Situations.Include(s => s.Links)
            .Where(s => s.Status != SituationStatus.Closed && countries.Contains(s.CountryIso3)).ToListAsync(cancellationToken);
        foreach (var warning in warnings)
        {
            foreach (var situation in open.Where(s => concerns(s, warning)))
            {
                situation.Link(warning.Kind, warning.Id, warning.WarnedAt, "system", automatic: true, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
