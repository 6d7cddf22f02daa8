namespace Vigil.Actors;

/// <summary>Two entries of a country's register whose names are alike (Jaro–Winkler similarity of the normalised names, 0–1).</summary>
public sealed record MergeSuggestion(ActorRow First, ActorRow Second, double Similarity);
