namespace Vigil.Reports;

/// <summary>The monitoring network a reporter belongs to (paras 18, 25 d): shown disaggregated in the analysis.</summary>
public enum ReporterNetwork
{
    WomensGroup,
    YouthGroup,
    ReligiousLeader,
    CommunityMonitor,
    Other,
}
