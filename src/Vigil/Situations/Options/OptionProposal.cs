namespace Vigil.Situations.Options;

/// <summary>
/// What the latest assessment the viewer may see suggests for a situation: the options addressing the risk factors present that no
/// action taken uses yet, ordered by those factors' scores, and the uncovered factors (present, addressed by no action taken).
/// <see cref="AssessmentId"/> is null when the viewer may see no assessment of the country.
/// </summary>
public sealed record OptionProposal(Guid? AssessmentId, string? AssessmentTitle, DateOnly? AsOf, bool Draft,
    IReadOnlyList<PresentFactor> PresentFactors, IReadOnlyList<ProposedOption> Options)
{
    public static OptionProposal None { get; } = new(null, null, null, false, [], []);

    public IReadOnlyList<PresentFactor> Uncovered => [.. PresentFactors.Where(f => !f.Covered)];
}
