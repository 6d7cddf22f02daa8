namespace Vigil.Actors.Assessments;

/// <summary>
/// Whether an actor is shown as named to one viewer, and on which decision. Not named means the register shows data, not an
/// accusation; <see cref="Required"/> is the standard the viewer's organisation requires, stated beside it.
/// </summary>
public sealed record ActorNamingStatus(
    bool Named, EvidentiaryStandard Required, Guid? NamingId, Guid? AssessmentId, string? DecidedBy, DateTime? DecidedAt,
    EvidentiaryStandard? Standard, IReadOnlyList<Guid> EvidenceIds, string? Reason)
{
    public static ActorNamingStatus NotNamed(EvidentiaryStandard required) => new(false, required, null, null, null, null, null, [], null);

    public static ActorNamingStatus Of(ActorNaming naming, EvidentiaryStandard required) =>
        new(true, required, naming.Id, naming.AssessmentId, naming.DecidedBy, naming.DecidedAt, naming.Standard, naming.EvidenceIdList, naming.Reason);
}
