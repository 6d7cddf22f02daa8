namespace Vigil.Actors;

/// <summary>An analyst sets an actor's kind (the suggestion from the source's coding no longer replaces it) and, if asked, its classification.</summary>
public sealed class SetActorKind(EditableActors actors)
{
    public sealed record Request(Guid ActorId, ActorKind? Kind, Security.Classification? Classification = null);

    public async Task<Actor?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (await actors.LoadAsync(request.ActorId, cancellationToken) is not { } actor)
        {
            return null;
        }
        await actors.SaveAsync(() =>
        {
            if (request.Kind is { } kind)
            {
                actor.SetKind(kind, actors.Now());
            }
            if (request.Classification is { } classification)
            {
                actor.Reclassify(classification, actors.Now());
            }
        }, cancellationToken);
        return actor;
    }
}
