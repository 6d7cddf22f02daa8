namespace Vigil.Situations.Options;

/// <summary>An option proposed for a situation: the present risk factors it addresses (highest score first) and the highest of those scores.</summary>
public sealed record ProposedOption(string Id, LocalizedText Title, IReadOnlyList<string> RiskFactors, double TopScore);
