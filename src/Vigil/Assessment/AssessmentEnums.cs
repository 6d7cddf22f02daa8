namespace Vigil.Assessment;

public enum AssessmentStatus
{
    Draft,
    InReview,
    Approved,
}

/// <summary>What the analyst found for one indicator. Unknown and NotAssessed are never scored as absent.</summary>
public enum IndicatorStatus
{
    NotAssessed,
    Present,
    Absent,
    Unknown,
}

public enum Trend
{
    Worsening,
    Stable,
    Improving,
}

public enum Confidence
{
    Low,
    Medium,
    High,
}

public enum SourceType
{
    UnReport,
    RegionalOrganisation,
    Government,
    Ngo,
    Media,
    Academic,
    LocalMonitor,
    SocialMedia,
    Other,
}
