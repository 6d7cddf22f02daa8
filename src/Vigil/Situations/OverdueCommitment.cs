namespace Vigil.Situations;

public sealed record OverdueCommitment(Guid CommitmentId, Guid ActionId, string Actor, string Text, string Party, DateOnly Due,
    CommitmentImplementation Implemented, bool GenderProvision);
