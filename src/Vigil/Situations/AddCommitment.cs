namespace Vigil.Situations;

/// <summary>Adds a commitment to an action already recorded.</summary>
public sealed class AddCommitment(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, Guid ActionId, CommitmentDetails Commitment);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken) =>
        situations.ChangeAsync(request.SituationId, s =>
        {
            var action = s.Actions.FirstOrDefault(a => a.Id == request.ActionId)
                ?? throw new DomainRuleException("actionId", $"actionId: the situation has no action {request.ActionId}.");
            action.AddCommitment(request.Commitment);
        }, cancellationToken);
}
