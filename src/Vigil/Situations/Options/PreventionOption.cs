namespace Vigil.Situations.Options;

/// <summary>One prevention option of the catalogue and the Framework risk factors (RF1–RF14) it addresses.</summary>
public sealed record PreventionOption(string Id, LocalizedText Title, string Reference, IReadOnlyList<string> RiskFactors);
