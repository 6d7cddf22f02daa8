namespace Vigil.Countries;

/// <summary>A state or territory: ISO 3166 alpha-3, Correlates of War number, names.</summary>
public sealed record Country(string Iso3, int? Cow, LocalizedText Name, string Status, IReadOnlyList<string> Aliases);
