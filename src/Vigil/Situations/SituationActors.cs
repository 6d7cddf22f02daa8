using Microsoft.EntityFrameworkCore;
using Vigil.Actors;
using Vigil.Actors.Assessments;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>
/// The actors of a situation's country (issue 14): the entries of the situation's organisation's register the viewer may see,
/// most recent one-sided violence first, each with its latest visible assessment and its naming status for that viewer.
/// </summary>
public sealed class SituationActors(ActorQueries actors, VigilDb db)
{
    /// <summary>The page and the API show this many; the register page lists the rest.</summary>
    public const int Shown = 10;

    public async Task<SituationActorList> OfAsync(Situation situation, Viewer viewer, CancellationToken cancellationToken)
    {
        // One register: the situation's organisation's (a viewer who may see another's would otherwise get each actor twice).
        var rows = (await actors.ListAsync(viewer, new ActorQuery(situation.CountryIso3, OrganizationId: situation.OrganizationId), cancellationToken))
            .OrderByDescending(r => r.MostRecentCivilianEvents).ThenBy(r => r.Actor.Name, StringComparer.Ordinal).ToList();
        // The naming rule is checked in full only for actors with a naming decision the viewer may see: the others are not named.
        var ids = rows.Select(r => r.Actor.Id).ToList();
        var decided = (await db.ActorNamings.VisibleTo(viewer).AsNoTracking().Where(n => ids.Contains(n.ActorId)).Select(n => n.ActorId)
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var notNamed = ActorNamingStatus.NotNamed(await db.RequiredStandardAsync(viewer.IsSystem ? null : viewer.OrganizationId, cancellationToken));

        var top = new List<SituationActor>();
        var named = new List<SituationActor>();
        foreach (var (row, rank) in rows.Select((r, i) => (r, i)))
        {
            var naming = decided.Contains(row.Actor.Id) ? await db.NamingOfActorAsync(row.Actor.Id, viewer, cancellationToken) : notNamed;
            if (rank >= Shown && !naming.Named)
            {
                continue;
            }
            var assessments = await db.ActorAssessmentsOfAsync(row.Actor.Id, viewer, cancellationToken);
            var actor = new SituationActor(row, assessments.Count > 0 ? assessments[0] : null, naming);
            if (rank < Shown)
            {
                top.Add(actor);
            }
            if (naming.Named)
            {
                named.Add(actor);
            }
        }
        return new SituationActorList(situation.CountryIso3, top, named, rows.Count);
    }
}
