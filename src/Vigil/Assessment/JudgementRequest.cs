namespace Vigil.Assessment;

/// <summary>An analyst's judgement of one indicator; <see cref="Evidence"/>, when given, replaces the indicator's evidence.</summary>
public sealed record JudgementRequest(
    IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence, string? Notes,
    bool? Gender, string? Area, IReadOnlyList<EvidenceRequest>? Evidence)
{
    /// <summary>Records the judgement on <paramref name="indicatorId"/> of the assessment (the same for one indicator and for a section).</summary>
    public void ApplyTo(RiskAssessment assessment, FrameworkDefinition framework, string indicatorId, string actor, DateTime now)
    {
        var evidence = Evidence?.Select(e => e.ToItem(indicatorId)).ToList();
        assessment.Judge(framework, indicatorId, Status, Severity, Trend, Confidence, Notes, Gender, Area, evidence, actor, now);
    }

    /// <summary>Records the judgement of the risk factor <paramref name="riskFactorId"/> as a whole.</summary>
    public void ApplyToFactor(RiskAssessment assessment, FrameworkDefinition framework, string riskFactorId, string actor, DateTime now)
    {
        var evidence = Evidence?.Select(e => e.ToItem(riskFactorId)).ToList();
        assessment.JudgeFactor(framework, riskFactorId, Status, Severity, Trend, Confidence, Notes, Gender, Area, evidence, actor, now);
    }

    /// <summary>True when recording this judgement would change the stored one (evidence aside): unchanged rows of a section are not recorded again.</summary>
    public bool WouldChange(IndicatorDefinition definition, IndicatorJudgement? stored)
    {
        if (stored is null)
        {
            return Status != IndicatorStatus.NotAssessed || Confidence is not null || Clean(Notes) is not null
                || Clean(Area) is not null || Gender != definition.Gender;
        }
        var severity = Status == IndicatorStatus.Present ? Severity ?? 2 : (int?)null;
        return Status != stored.Status || severity != stored.Severity || Trend != stored.Trend
            || Confidence != stored.Confidence || Clean(Notes) != stored.Notes || Clean(Area) != stored.Area
            || Gender != stored.Gender;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
