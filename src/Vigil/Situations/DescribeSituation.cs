namespace Vigil.Situations;

/// <summary>Changes a situation's title, summary, areas, review date and designated lead.</summary>
public sealed class DescribeSituation(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, string? Title, string? Summary, IReadOnlyList<string> Areas, DateOnly? ReviewDue, string? Lead);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken) =>
        situations.ChangeAsync(request.SituationId,
            s => s.Describe(request.Title ?? "", request.Summary, request.Areas, request.ReviewDue, request.Lead, situations.Now()), cancellationToken);
}
