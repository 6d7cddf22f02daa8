namespace Vigil.Assessment;

/// <summary>The answer to a GET or PUT of a risk factor judged as a whole: its judgement, its version (also the ETag) and the profile.</summary>
public sealed record FactorAnswer(AssessmentView.Factor Factor, string Version, RiskProfile Profile);
