using System.Globalization;
using Vigil.App.Api;
using Vigil.Assessment;
using Vigil.Security;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// How numbers, dates, levels and enum values look on every page. Dates and scores use
/// invariant digits (ISO dates, "42.5") so that English and Chinese pages read the same figures.
/// </summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", Invariant) : "—";

    public static string Percent(double ratio) => (ratio * 100).ToString("0", Invariant) + "%";

    public static string Number(double value) => value.ToString("0.##", Invariant);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", Invariant) + " UTC";

    public static string Delta(double? delta) => delta switch
    {
        null => "—",
        > 0 => "+" + delta.Value.ToString("0.0", Invariant),
        < 0 => "−" + Math.Abs(delta.Value).ToString("0.0", Invariant),
        _ => "±0",
    };

    /// <summary>"up", "down" or "flat", for arrows and colours of a score change (up = more risk).</summary>
    public static string DeltaDirection(double? delta) => delta switch { > 0 => "up", < 0 => "down", _ => "flat" };

    public static string DeltaArrow(double? delta) => delta switch { > 0 => "▲", < 0 => "▼", _ => "■" };

    /// <summary>CSS class for a level name from <see cref="ProfileCalculator.LevelOf"/>: "level-very-high".</summary>
    public static string LevelClass(string level) => "level-" + level.Replace(' ', '-');

    public static string HeatClass(double? score) => "heat-" + ProfileCalculator.LevelOf(score).Replace(' ', '-');

    public static string Level(string level) => T("level." + level);

    /// <summary>The level as a heading ("Very high"), where the lower-case word would look like a fragment.</summary>
    public static string LevelTitle(string level) => T("levelTitle." + level);

    public static string Status(AssessmentStatus status) => T("assessmentStatus." + status);

    public static string StatusClass(AssessmentStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public static string Indicator(IndicatorStatus status) => T("indicatorStatus." + status);

    public static string Trend(Trend? trend) => trend is { } t ? T("trend." + t) : "—";

    public static string Confidence(Confidence? confidence) => confidence is { } c ? T("confidence." + c) : "—";

    public static string Source(SourceType source) => T("source." + source);

    public static string Classification(Classification classification) => T("classification." + classification);

    public static string Severity(int? severity) => severity is { } s ? T("severity." + s.ToString(Invariant)) : "—";

    public static string Crime(FrameworkDefinition framework, string key) =>
        framework.Crimes.TryGetValue(key, out var text) ? text.Current : key;

    public static string Check(string check) => T("check." + check);

    public static string CheckExplained(string check) => T("check." + check + ".help");

    /// <summary>"B2: usually reliable source; probably true", the Admiralty grade in words.</summary>
    public static string GradeExplained(char reliability, int credibility) =>
        T("grade.explained", reliability, T("reliability." + reliability), credibility, T("credibility." + credibility.ToString(Invariant)));

    public static string Rating(int? rating) => rating is { } r ? T("rating." + r.ToString(Invariant)) : T("rating.none");

    public static string Direction(string direction) => T("direction." + direction);

    /// <summary>The value the forms and the API use for an enum: camelCase, as in the JSON.</summary>
    public static string Value<TEnum>(TEnum value) where TEnum : struct, Enum => AssessmentRequests.JsonName(value.ToString());

    /// <summary>An indicator id made safe for HTML ids and URL fragments: "1.1" → "1-1".</summary>
    public static string Key(string indicatorId) => indicatorId.Replace('.', '-');

    /// <summary>
    /// Translates the short judgement descriptions the core writes ("present, severity 2, worsening")
    /// word by word; unknown words pass through unchanged.
    /// </summary>
    public static string Judgement(string? description)
    {
        if (string.IsNullOrEmpty(description) || !IsChinese)
        {
            return description ?? "";
        }
        return string.Join("，", description.Split(", ").Select(part =>
            part.StartsWith("severity ", StringComparison.Ordinal)
                ? T("severity.label") + " " + part["severity ".Length..]
                : part switch
                {
                    "present" => Indicator(IndicatorStatus.Present),
                    "absent" => Indicator(IndicatorStatus.Absent),
                    "unknown" => Indicator(IndicatorStatus.Unknown),
                    "not assessed" => Indicator(IndicatorStatus.NotAssessed),
                    "worsening" => Trend(Assessment.Trend.Worsening),
                    "stable" => Trend(Assessment.Trend.Stable),
                    "improving" => Trend(Assessment.Trend.Improving),
                    _ => part,
                }));
    }

    /// <summary>The action words of the change history ("judged", "approved").</summary>
    public static string HistoryAction(string action) => TryT("history." + action) ?? action;
}
