namespace Vigil.Assessment;

/// <summary>
/// The answer to a GET or PUT of one indicator: the indicator, its version (also the ETag) and the assessment's profile after
/// the change — not the whole assessment with its history, which grows with every change.
/// </summary>
public sealed record IndicatorAnswer(AssessmentView.Indicator Indicator, string Version, RiskProfile Profile);
