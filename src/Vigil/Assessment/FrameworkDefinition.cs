namespace Vigil.Assessment;

/// <summary>
/// One version of a risk framework (the UN Framework of Analysis, or another such as the
/// US ARAF), parsed from its JSON file. Assessments name the key and version they use.
/// </summary>
public sealed record FrameworkDefinition(
    string Id,
    string Version,
    LocalizedText Name,
    string Source,
    IReadOnlyDictionary<string, LocalizedText> Crimes,
    LocalizedText EthnicCleansing,
    IReadOnlyList<RiskFactorDefinition> RiskFactors)
{
    public IEnumerable<IndicatorDefinition> Indicators => RiskFactors.SelectMany(f => f.Indicators);

    public IndicatorDefinition? FindIndicator(string indicatorId) =>
        Indicators.FirstOrDefault(i => i.Id == indicatorId);

    public RiskFactorDefinition? FactorOf(string indicatorId) =>
        RiskFactors.FirstOrDefault(f => f.Indicators.Any(i => i.Id == indicatorId));
}

public sealed record RiskFactorDefinition(
    string Id,
    int Number,
    string Kind,
    IReadOnlyList<string> Crimes,
    LocalizedText Title,
    LocalizedText Summary,
    FactorCompleteness Completeness,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<LocalizedText> UnnumberedThemes)
{
    public bool IsCommon => Kind == "common";
}

/// <summary>How much of a factor's indicator list the framework file holds.</summary>
public sealed record FactorCompleteness(string Status, int? ExpectedIndicators, LocalizedText Note);

/// <summary>An indicator; <see cref="Check"/> says how its wording was verified.</summary>
public sealed record IndicatorDefinition(string Id, LocalizedText Text, string Check, bool Gender);
