namespace Vigil.Assessment;

/// <summary>The analyst's finding for one Framework indicator in one assessment.</summary>
public sealed class IndicatorJudgement
{
    private IndicatorJudgement()
    {
    }

    internal IndicatorJudgement(string indicatorId) => IndicatorId = indicatorId;

    public Guid AssessmentId { get; private set; }
    public string IndicatorId { get; private set; } = "";
    public IndicatorStatus Status { get; private set; }

    /// <summary>1 (limited) to 3 (severe); only when present.</summary>
    public int? Severity { get; private set; }
    public Trend? Trend { get; private set; }
    public Confidence? Confidence { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>The finding concerns women and girls specifically (gender-sensitive analysis, A/73/898 para 32).</summary>
    public bool Gender { get; private set; }

    /// <summary>Sub-national area the finding applies to, if not the whole country.</summary>
    public string? Area { get; private set; }

    internal void Set(IndicatorStatus status, int? severity, Trend? trend, Confidence? confidence, string? notes, bool gender, string? area)
    {
        if (status == IndicatorStatus.Present)
        {
            if (severity is not null and (< 1 or > 3))
            {
                throw new DomainRuleException("severity", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.SeverityRange)));
            }
        }
        else if (severity is not null || trend is not null)
        {
            throw new DomainRuleException(severity is not null ? "severity" : "trend", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.SeverityOnlyWhenPresent)));
        }
        AnalystNotes.Check(notes);
        if (area is { Length: > 200 })
        {
            throw new DomainRuleException("area", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.AreaTooLong)));
        }
        Status = status;
        Severity = status == IndicatorStatus.Present ? severity ?? 2 : null;
        Trend = status == IndicatorStatus.Present ? trend : null;
        Confidence = confidence;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Gender = gender;
        Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
    }

    internal IndicatorJudgement Copy() => CopyFor(IndicatorId);

    /// <summary>The same finding for another indicator id (a draft moved to a framework version that renumbered it).</summary>
    internal IndicatorJudgement CopyFor(string indicatorId)
    {
        var copy = new IndicatorJudgement(indicatorId);
        copy.SetFrom(this);
        return copy;
    }

    internal void SetFrom(IndicatorJudgement other) =>
        Set(other.Status, other.Severity, other.Trend, other.Confidence, other.Notes, other.Gender, other.Area);

    internal string Describe() =>
        Status == IndicatorStatus.Present
            ? $"present, severity {Severity}{(Trend is null ? "" : $", {Trend.ToString()!.ToLowerInvariant()}")}"
            : Status switch
            {
                IndicatorStatus.Absent => "absent",
                IndicatorStatus.Unknown => "unknown",
                _ => "not assessed",
            };
}
