namespace Vigil.Actors.Assessments;

/// <summary>The wire names of <see cref="EvidentiaryStandard"/> (credible-information, reasonable-grounds, clear-and-convincing).</summary>
public static class EvidentiaryStandards
{
    public const EvidentiaryStandard Default = EvidentiaryStandard.ReasonableGrounds;

    public static readonly IReadOnlyList<EvidentiaryStandard> All = Enum.GetValues<EvidentiaryStandard>();

    public static string Code(EvidentiaryStandard standard) => standard switch
    {
        EvidentiaryStandard.CredibleInformation => "credible-information",
        EvidentiaryStandard.ReasonableGrounds => "reasonable-grounds",
        _ => "clear-and-convincing",
    };

    /// <summary>Reads a wire name or the enum's own name (any case); a clear error naming <paramref name="field"/> otherwise.</summary>
    public static EvidentiaryStandard Parse(string? text, string field)
    {
        var clean = text?.Trim() ?? "";
        foreach (var standard in All)
        {
            if (clean.Equals(Code(standard), StringComparison.OrdinalIgnoreCase) || clean.Equals(standard.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return standard;
            }
        }
        throw new DomainRuleException(field, new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NotAStandard), text,
            new TextList(All.Select(Code).ToArray())));
    }

    /// <summary>Null for no text (the standard is optional there).</summary>
    public static EvidentiaryStandard? ParseOptional(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Parse(text, field);
}
