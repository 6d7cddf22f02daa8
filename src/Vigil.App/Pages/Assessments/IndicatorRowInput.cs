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

    /// <summary>
    /// The <see cref="JudgementVersion"/> the row showed when the page was opened (a hidden field): a save finds out from it whether
    /// someone else changed the judgement since, and does not overwrite theirs unknowingly.
    /// </summary>
    public string? Version { get; set; }

    /// <summary>The row's "Add evidence" fields (rows[i].Evidence.…).</summary>
    public EvidenceInput Evidence { get; set; } = new();

    public static IndicatorRowInput From(IndicatorDefinition definition, IndicatorJudgement? judgement) => From(definition.Id, judgement, definition.Gender);

    /// <summary>The values of a judgement of an indicator or of a factor as a whole (<paramref name="id"/>; the "judge as a whole" form).</summary>
    public static IndicatorRowInput From(string id, Judgement? judgement, bool gender) => new()
    {
        IndicatorId = id,
        Status = AssessmentRequests.JsonName((judgement?.Status ?? IndicatorStatus.NotAssessed).ToString()),
        Severity = judgement?.Severity,
        Trend = judgement?.Trend is { } t ? AssessmentRequests.JsonName(t.ToString()) : null,
        Confidence = judgement?.Confidence is { } c ? AssessmentRequests.JsonName(c.ToString()) : null,
        Gender = judgement?.Gender ?? gender,
        Area = judgement?.Area,
        Notes = judgement?.Notes,
        Version = JudgementVersion.Of(judgement, gender),
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
}
