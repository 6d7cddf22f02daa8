namespace Vigil.Situations;

/// <summary>Records a review (what changed, the decision) and sets the next review date.</summary>
public sealed class ReviewSituation(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, string? WhatChanged, string? Decision, DateOnly? NextReview, string? By = null);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken) =>
        situations.ChangeAsync(request.SituationId,
            s => s.AddReview(request.WhatChanged ?? "", request.Decision ?? "", request.NextReview, situations.Who(request.By), situations.Now()), cancellationToken);
}
