namespace Vigil.Situations.Cases;

/// <summary>One of the six effectiveness factors of para 30, rated on <see cref="CaseVocabulary.Ratings"/>, with the evidence for the rating.</summary>
public sealed record CaseFactor(string Factor, string Rating, LocalizedText Evidence);
