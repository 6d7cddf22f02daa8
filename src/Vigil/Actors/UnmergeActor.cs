using Microsoft.EntityFrameworkCore;

namespace Vigil.Actors;

/// <summary>Undoes a merge: the entries it held stand on their own again, as they were; the merged entry is removed with its affiliations.</summary>
public sealed class UnmergeActor(EditableActors actors)
{
    public sealed record Request(Guid ActorId);

    /// <summary>The entries set free; null when the merge does not exist or is hidden from the viewer.</summary>
    public async Task<IReadOnlyList<Actor>?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (await actors.LoadAsync(request.ActorId, cancellationToken) is not { } merge)
        {
            return null;
        }
        if (!merge.IsMerge)
        {
            throw new DomainRuleException("actorId", "This actor is not a merge: only a merge can be undone.", conflict: true);
        }
        // Every part, whatever the viewer may see: undoing a merge must not leave a hidden part pointing at a removed entry.
        var parts = await actors.Db.Actors.Where(a => a.MergedIntoId == merge.Id).ToListAsync(cancellationToken);
        await actors.SaveAsync(() =>
        {
            foreach (var part in parts)
            {
                part.Unmerged(actors.Now());
            }
            actors.Db.Actors.Remove(merge);
        }, cancellationToken);
        return parts;
    }
}
