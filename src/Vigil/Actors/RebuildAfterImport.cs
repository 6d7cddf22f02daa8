using Vigil.Events.Import;

namespace Vigil.Actors;

/// <summary>Rebuilds the register when an import changed the stored events.</summary>
internal sealed class RebuildAfterImport(RebuildActors rebuild) : IEventsImportedHandler
{
    public async Task HandleAsync(EventImportSummary summary, CancellationToken cancellationToken) =>
        await rebuild.RunAsync(cancellationToken);
}
