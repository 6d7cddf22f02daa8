namespace Vigil.Actors;

/// <summary>
/// An analyst's judgement that several entries are one actor: a new entry holds them (named as asked, else as the first). Nothing
/// is counted again: the merged entry lists each source identity with its own counts, so every event and count is kept.
/// </summary>
public sealed class MergeActors(EditableActors actors)
{
    public sealed record Request(IReadOnlyList<Guid> ActorIds, string? Name = null, string? By = null);

    /// <summary>The merged entry; null when one of the entries does not exist or is hidden from the viewer.</summary>
    public async Task<Actor?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (request.ActorIds is not { Count: >= 2 })
        {
            throw new DomainRuleException("actorIds", "A merge takes at least two actor ids.");
        }
        var parts = new List<Actor>();
        foreach (var id in request.ActorIds)
        {
            if (await actors.LoadAsync(id, cancellationToken) is not { } actor)
            {
                return null;
            }
            parts.Add(actor);
        }
        Actor merged = null!;
        await actors.SaveAsync(() =>
        {
            merged = Actor.Merge(parts, request.Name, actors.Who(request.By), actors.Now());
            actors.Db.Actors.Add(merged);
        }, cancellationToken);
        return merged;
    }
}
