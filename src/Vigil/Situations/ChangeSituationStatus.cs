namespace Vigil.Situations;

/// <summary>Records a dated, attributed, justified status change (back-dating allowed, never in the future; closing needs an outcome).</summary>
public sealed class ChangeSituationStatus(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, SituationStatus Status, string? Reason, DateTime? At = null, SituationOutcome? Outcome = null, string? By = null);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var now = situations.Now();
        return situations.ChangeAsync(request.SituationId,
            s => s.ChangeStatus(request.Status, request.Reason ?? "", request.At ?? now, situations.Who(request.By), request.Outcome, now), cancellationToken);
    }
}
