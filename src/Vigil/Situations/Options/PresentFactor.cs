namespace Vigil.Situations.Options;

/// <summary>A risk factor present in the assessment (score 0–100), and whether an action taken addresses it.</summary>
public sealed record PresentFactor(string Id, LocalizedText Title, double Score, bool Covered);
