using Vigil.Assessment;

namespace Vigil.Reports.Verification;

/// <summary>
/// The review of one field report: who is looking at it (a claim that lapses), the reviewer's status with its reason and
/// Admiralty grade, the report it duplicates and the records that corroborate it. Part of its report (same organisation
/// and classification, audited with it); made when a reviewer first touches the report. The report's own
/// <see cref="FieldReport.Status"/> follows <see cref="Status"/> (<see cref="ReviewableReports"/> keeps them in step).
/// </summary>
public sealed class ReportReview
{
    public const int ReasonMaxLength = 2000;
    public const int NameMaxLength = 200;

    /// <summary>How long a claim holds without the reviewer deciding: long enough to read and make calls, short enough that a forgotten tab frees the report.</summary>
    public static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(30);

    private readonly List<ReportCorroboration> _corroborations = [];

    private ReportReview()
    {
    }

    internal ReportReview(Guid reportId)
    {
        ReportId = reportId;
        Status = ReportStatus.Unverified;
    }

    public Guid ReportId { get; private set; }
    public ReportStatus Status { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>Admiralty source reliability A–F, with <see cref="Credibility"/> or not at all.</summary>
    public char? Reliability { get; private set; }

    /// <summary>Admiralty information credibility 1–6.</summary>
    public int? Credibility { get; private set; }

    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimedUntil { get; private set; }

    /// <summary>The report this one retells, while <see cref="Status"/> is <see cref="ReportStatus.Duplicate"/>.</summary>
    public Guid? DuplicateOfId { get; private set; }

    /// <summary>The status before a merge, restored by an unmerge.</summary>
    public ReportStatus? StatusBeforeMerge { get; private set; }

    public IReadOnlyList<ReportCorroboration> Corroborations => _corroborations;

    public AdmiraltyGrade? Grade => Reliability is { } r && Credibility is { } c ? new AdmiraltyGrade(r, c) : null;

    /// <summary>The reviewer whose claim holds at <paramref name="now"/>, or null.</summary>
    public string? ClaimantAt(DateTime now) => ClaimedBy is not null && ClaimedUntil > now ? ClaimedBy : null;

    public void Claim(string who, DateTime now)
    {
        RefuseIfClaimedByAnother(who, now);
        ClaimedBy = who;
        ClaimedUntil = now + ClaimLength;
    }

    public void Release(string who, DateTime now)
    {
        RefuseIfClaimedByAnother(who, now);
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    /// <summary>Sets a status other than duplicate (that is a merge) with its reason; ends the decider's claim.</summary>
    public void Decide(ReportStatus status, string? reason, AdmiraltyGrade? grade, string who, DateTime now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("status", $"status: {(int)status} is not a report status.");
        }
        if (status == ReportStatus.Duplicate)
        {
            throw new DomainRuleException("status", "status: a duplicate is marked by merging it into the report it retells (POST /api/v1/reports/{id}/merge with originalId).");
        }
        if (Status == ReportStatus.Duplicate)
        {
            throw new DomainRuleException("status", "status: this report is merged into another as a duplicate; unmerge it first.", conflict: true);
        }
        RefuseIfClaimedByAnother(who, now);
        Reason = CheckedReason(reason);
        Status = status;
        Reliability = grade?.Reliability;
        Credibility = grade?.Credibility;
        Decided(who, now);
    }

    internal void MergeInto(Guid originalId, string? reason, string who, DateTime now)
    {
        if (originalId == ReportId)
        {
            throw new DomainRuleException("originalId", "originalId: a report cannot be a duplicate of itself.");
        }
        if (Status == ReportStatus.Duplicate)
        {
            throw new DomainRuleException("originalId", $"originalId: this report is already merged into {DuplicateOfId}; unmerge it first.", conflict: true);
        }
        RefuseIfClaimedByAnother(who, now);
        Reason = CheckedReason(reason);
        StatusBeforeMerge = Status;
        Status = ReportStatus.Duplicate;
        DuplicateOfId = originalId;
        Decided(who, now);
    }

    internal void Unmerge(string? reason, string who, DateTime now)
    {
        if (Status != ReportStatus.Duplicate)
        {
            throw new DomainRuleException("status", "status: this report is not merged into another.", conflict: true);
        }
        RefuseIfClaimedByAnother(who, now);
        Reason = CheckedReason(reason);
        Status = StatusBeforeMerge ?? ReportStatus.Unverified;
        StatusBeforeMerge = null;
        DuplicateOfId = null;
        Decided(who, now);
    }

    internal ReportCorroboration Corroborate(CorroborationKind kind, string target, string? note, string who, DateTime now)
    {
        if (_corroborations.Any(c => c.Kind == kind && c.Target == target))
        {
            throw new DomainRuleException("target", $"target: {target} already corroborates this report.", conflict: true);
        }
        var link = new ReportCorroboration(ReportId, kind, target, note, who, now);
        _corroborations.Add(link);
        return link;
    }

    private void RefuseIfClaimedByAnother(string who, DateTime now)
    {
        if (ClaimantAt(now) is { } claimant && claimant != who)
        {
            throw new DomainRuleException("claim", $"claim: {claimant} is reviewing this report until {ClaimedUntil:HH:mm} UTC.", conflict: true);
        }
    }

    private void Decided(string who, DateTime now)
    {
        DecidedBy = who;
        DecidedAt = now;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    private static string CheckedReason(string? reason)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException("reason", "reason: say why (what you checked, who confirmed it).");
        }
        if (trimmed.Length > ReasonMaxLength)
        {
            throw new DomainRuleException("reason", $"reason: longer than {ReasonMaxLength} characters.");
        }
        return trimmed;
    }
}
