namespace Vigil.Situations;

/// <summary>Records how far a commitment is implemented (yes, partly, no, not yet due).</summary>
public sealed class RecordImplementation(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, Guid CommitmentId, CommitmentImplementation Implemented);

    public Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken) =>
        situations.ChangeAsync(request.SituationId, s =>
        {
            var commitment = s.Actions.SelectMany(a => a.Commitments).FirstOrDefault(c => c.Id == request.CommitmentId)
                ?? throw new DomainRuleException("commitmentId", $"commitmentId: the situation has no commitment {request.CommitmentId}.");
            commitment.Record(request.Implemented);
        }, cancellationToken);
}
