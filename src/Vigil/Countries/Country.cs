namespace Vigil.Countries;

/// <summary>A state or territory: ISO 3166 alpha-3, Correlates of War number, names, ISO 3166 numeric code (former code for dissolved states; null when none).</summary>
public sealed record Country(string Iso3, int? Cow, LocalizedText Name, string Status, IReadOnlyList<string> Aliases, int? IsoNumeric = null);
