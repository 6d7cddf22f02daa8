namespace Vigil.Situations.Cases;

/// <summary>A public source of a case's facts: a citation (and UN symbol where there is one) and the address read.</summary>
public sealed record CaseSource(string Citation, string? Url);
