namespace Vigil.Situations;

/// <summary>How far a situation has gone from watching to responding; it may move either way, and closing ends it.</summary>
public enum SituationStatus
{
    Watch,
    EarlyWarning,
    EarlyAction,
    CrisisResponse,
    SustainedEngagement,
    Closed,
}

/// <summary>What came of a closed situation.</summary>
public enum SituationOutcome
{
    Averted,
    Limited,
    NotPrevented,
    Unclear,
}

/// <summary>A month's direction, as CrisisWatch publishes it.</summary>
public enum SituationTrend
{
    Deteriorated,
    Unchanged,
    Improved,
}

/// <summary>Who acted (para 28: guarantor states with influence; paras 24–25: local communities and civil society).</summary>
public enum ActorKind
{
    Un,
    Regional,
    SubRegional,
    NeighbouringState,
    GuarantorState,
    NationalAuthority,
    CivilSociety,
    WomensGroup,
    YouthGroup,
    ReligiousLeader,
    LocalCommunity,
    ItPlatform,
}

public enum ActionStance
{
    Pressure,
    Engagement,
    Support,
}

public enum ActionStatus
{
    Planned,
    UnderWay,
    Done,
    Abandoned,
}

public enum CommitmentImplementation
{
    NotYetDue,
    Yes,
    Partly,
    No,
}

/// <summary>What a situation links to: one link type for every kind of record, not a column per feature.</summary>
public enum LinkKind
{
    Alert,
    Assessment,
    Signal,
    Speech,
    FieldReport,
}
