using Microsoft.EntityFrameworkCore;

namespace Vigil.Actors;

/// <summary>Records that one actor is allied to, or a unit of, another of the same register, from and to the dates given; or removes such a tie.</summary>
public sealed class AffiliateActors(EditableActors actors)
{
    public sealed record Request(Guid ActorId, Guid RelatedActorId, AffiliationKind Kind, DateOnly? From = null, DateOnly? To = null, string? By = null);

    /// <summary>The affiliation; null when either actor does not exist or is hidden from the viewer.</summary>
    public async Task<ActorAffiliation?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (await actors.LoadAsync(request.ActorId, cancellationToken) is not { } actor
            || await actors.LoadAsync(request.RelatedActorId, cancellationToken) is not { } related)
        {
            return null;
        }
        ActorAffiliation link = null!;
        await actors.SaveAsync(() =>
        {
            link = ActorAffiliation.Link(actor, related, request.Kind, request.From, request.To, actors.Who(request.By), actors.Now());
            actors.Db.ActorAffiliations.Add(link);
        }, cancellationToken);
        return link;
    }

    /// <summary>Removes an affiliation of the actor; false when there is none (or the actor is hidden).</summary>
    public async Task<bool> RemoveAsync(Guid actorId, Guid affiliationId, CancellationToken cancellationToken)
    {
        if (await actors.LoadAsync(actorId, cancellationToken) is null)
        {
            return false;
        }
        var link = await actors.Db.ActorAffiliations.FirstOrDefaultAsync(a => a.Id == affiliationId && (a.ActorId == actorId || a.RelatedActorId == actorId), cancellationToken);
        if (link is null)
        {
            return false;
        }
        actors.Db.ActorAffiliations.Remove(link);
        await actors.Db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
