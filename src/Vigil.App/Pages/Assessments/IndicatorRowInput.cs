using Vigil.App.Api;
using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// One indicator row of an editor section as posted (rows[i].…), with the optional new
/// evidence item typed into its "Add evidence" fields. Values use the API's words
/// ("present", "worsening") and are parsed by the same code as the API's.
/// </summary>
public sealed class IndicatorRowInput
{
    public string IndicatorId { get; set; } = "";
    public string? Status { get; set; }
    public int? Severity { get; set; }
    public string? Trend { get; set; }
    public string? Confidence { get; set; }
    public bool Gender { get; set; }
    public string? Area { get; set; }
    public string? Notes { get; set; }

    /// <summary>The row's "Add evidence" fields (rows[i].Evidence.…).</summary>
    public EvidenceInput Evidence { get; set; } = new();

    public static IndicatorRowInput From(IndicatorDefinition definition, IndicatorJudgement? judgement) => new()
    {
        IndicatorId = definition.Id,
        Status = AssessmentRequests.JsonName((judgement?.Status ?? IndicatorStatus.NotAssessed).ToString()),
        Severity = judgement?.Severity,
        Trend = judgement?.Trend is { } t ? AssessmentRequests.JsonName(t.ToString()) : null,
        Confidence = judgement?.Confidence is { } c ? AssessmentRequests.JsonName(c.ToString()) : null,
        Gender = judgement?.Gender ?? definition.Gender,
        Area = judgement?.Area,
        Notes = judgement?.Notes,
        Evidence = EvidenceInput.Blank(),
    };

    /// <summary>The judgement to record. Severity and trend only count for a present indicator, so they are dropped otherwise.</summary>
    public JudgementRequest ToRequest()
    {
        var status = AssessmentRequests.ParseEnum<IndicatorStatus>(Status, $"{IndicatorId} status") ?? IndicatorStatus.NotAssessed;
        var present = status == IndicatorStatus.Present;
        return new JudgementRequest(
            status,
            present ? Severity : null,
            present ? AssessmentRequests.ParseEnum<Trend>(Trend, $"{IndicatorId} trend") : null,
            AssessmentRequests.ParseEnum<Confidence>(Confidence, $"{IndicatorId} confidence"),
            Notes, Gender, Area, null);
    }

    /// <summary>True when saving this row would change the stored judgement.</summary>
    public bool Differs(IndicatorDefinition definition, IndicatorJudgement? judgement)
    {
        var r = ToRequest();
        if (judgement is null)
        {
            return r.Status != IndicatorStatus.NotAssessed || r.Confidence is not null || Clean(r.Notes) is not null
                || Clean(r.Area) is not null || r.Gender != definition.Gender;
        }
        var severity = r.Status == IndicatorStatus.Present ? r.Severity ?? 2 : (int?)null;
        return r.Status != judgement.Status || severity != judgement.Severity || r.Trend != judgement.Trend
            || r.Confidence != judgement.Confidence || Clean(r.Notes) != judgement.Notes || Clean(r.Area) != judgement.Area
            || r.Gender != judgement.Gender;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
