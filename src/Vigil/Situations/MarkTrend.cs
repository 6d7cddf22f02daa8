namespace Vigil.Situations;

/// <summary>Marks a month's trend (deteriorated, unchanged, improved); marking the month again replaces it.</summary>
public sealed class MarkTrend(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, DateOnly Month, SituationTrend Trend, string? Note = null, string? By = null);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken) =>
        situations.ChangeAsync(request.SituationId,
            s => s.MarkTrend(request.Month, request.Trend, situations.Who(request.By), request.Note, situations.Now()), cancellationToken);
}
