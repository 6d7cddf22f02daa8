namespace Vigil.Reports.Verification;

/// <summary>
/// Reports disaggregated (paras 18, 25 d): by status; harm by sex and age group (reports naming such harm, and people
/// harmed); reports and distinct reporters by network. Duplicates are left out of the harm and network figures so an
/// incident told twice counts once.
/// </summary>
public sealed record ReportAnalysis(string? Country, int Reports, IReadOnlyList<ReportAnalysis.StatusCount> Statuses,
    IReadOnlyList<ReportAnalysis.HarmCell> Harm, IReadOnlyList<ReportAnalysis.NetworkRow> Networks)
{
    public sealed record StatusCount(ReportStatus Status, int Reports);

    public sealed record HarmCell(HarmedSex Sex, AgeGroup Age, int Reports, int People);

    /// <summary><see cref="Network"/> null for reports that name none; reporters counted by their keyed hash (anonymous reports count none).</summary>
    public sealed record NetworkRow(ReporterNetwork? Network, int Reports, int Reporters);
}
