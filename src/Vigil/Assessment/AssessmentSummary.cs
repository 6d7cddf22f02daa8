namespace Vigil.Assessment;

/// <summary>One line of the assessment list (the API's and `vigil assessments list`): the assessment and its computed overall level.</summary>
public sealed record AssessmentSummary(Guid Id, string CountryIso3, string Title, DateOnly AsOf, int Version, AssessmentStatus Status,
    bool IsExample, LevelScore Overall, double Coverage);
