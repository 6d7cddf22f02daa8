using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.App.Api;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.App.Pages.Assessments;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// How numbers, dates, levels and enum values look on every page. Dates and scores use
/// invariant digits (ISO dates, "42.5") so that English and Chinese pages read the same figures.
/// </summary>
public static partial class Display
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

    /// <summary>CSS class for a level name from <see cref="ProfileCalculator.LevelOf"/>: "level-very-high"; a withheld level (null) looks like "not assessed".</summary>
    public static string LevelClass(string? level) => "level-" + (level ?? "not assessed").Replace(' ', '-');

    public static string HeatClass(double? score) => "heat-" + ProfileCalculator.LevelOf(score).Replace(' ', '-');

    /// <summary>A level in words; a withheld one (null, see <see cref="LevelWithheld"/>) reads "not enough assessed yet".</summary>
    public static string Level(string? level) => level is null ? AssessmentsText.LevelWithheld : EnumText.Of(AssessmentsText.ResourceManager, "Level", level);

    /// <summary>The level as a heading ("Very high"), where the lower-case word would look like a fragment.</summary>
    public static string LevelTitle(string? level) => level is null ? AssessmentsText.LevelTitleWithheld : EnumText.Of(AssessmentsText.ResourceManager, "LevelTitle", level);

    /// <summary>Why a level is withheld, in words (a <see cref="LevelWithheld"/> code), with the coverage where it is the reason.</summary>
    public static string WithheldReason(string? reason, double coverage) => reason switch
    {
        LevelWithheld.LowCoverage => Localized.Format(AssessmentsText.WithheldLowCoverage, Percent(coverage), Percent(ProfileCalculator.MinimumCoverageForLevel)),
        LevelWithheld.SpecificFactorsUnassessed => AssessmentsText.WithheldSpecificFactors,
        _ => AssessmentsText.WithheldNotAssessed,
    };

    public static string Status(AssessmentStatus status) => EnumText.Of(status);

    public static string StatusClass(AssessmentStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public static string Indicator(IndicatorStatus status) => EnumText.Of(status);

    public static string Trend(Trend? trend) => trend is { } t ? EnumText.Of(t) : "—";

    public static string Confidence(Confidence? confidence) => confidence is { } c ? EnumText.Of(c) : "—";

    public static string Source(SourceType source) => EnumText.Of(source);

    public static string Classification(Classification classification) => EnumText.Of(classification);

    public static string Severity(int? severity) => severity is { } s ? EnumText.Of(AssessmentsText.ResourceManager, "Severity", s.ToString(Invariant)) : "—";

    public static string Crime(FrameworkDefinition framework, string key) =>
        framework.Crimes.TryGetValue(key, out var text) ? text.Current : key;

    public static string Check(string check) => EnumText.Of(AssessmentsText.ResourceManager, "Check", check);

    public static string CheckExplained(string check) => EnumText.Of(AssessmentsText.ResourceManager, "CheckHelp", check);

    /// <summary>"B2: usually reliable source; probably true", the Admiralty grade in words.</summary>
    public static string GradeExplained(char reliability, int credibility) =>
        Localized.Format(AssessmentsText.GradeExplained, reliability, EnumText.Of(AssessmentsText.ResourceManager, "Reliability", reliability.ToString()), credibility, EnumText.Of(AssessmentsText.ResourceManager, "Credibility", credibility.ToString(Invariant)));

    public static string Rating(int? rating) => rating is { } r ? EnumText.Of(AssessmentsText.ResourceManager, "Rating", r.ToString(Invariant)) : AssessmentsText.RatingNone;

    public static string Direction(string direction) => EnumText.Of(AssessmentsText.ResourceManager, "Direction", direction);

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
        if (string.IsNullOrEmpty(description) || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            return description ?? "";
        }
        return string.Join(AssessmentsText.JudgementSeparator, description.Split(", ").Select(part =>
            part.StartsWith("severity ", StringComparison.Ordinal)
                ? AssessmentsText.SeverityLabel + " " + part["severity ".Length..]
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
    public static string HistoryAction(string action) => EnumText.Of(AssessmentsText.ResourceManager, "History", action);

    /// <summary>
    /// A before or after value of the change history, stored in English as <see cref="RiskAssessment"/> writes it: a status
    /// name when the action moved the status, "SDN as of 2026-03-31" or "version 2, copied from version 1" when one was
    /// created, a judgement description otherwise.
    /// </summary>
    public static string HistoryValue(string action, string? value) => (action, value) switch
    {
        ("submitted" or "returned" or "approved", { } name) when Enum.GetNames<AssessmentStatus>().Contains(name, StringComparer.Ordinal) =>
            Status(Enum.Parse<AssessmentStatus>(name)),
        ("created", { } text) when CreatedCopy().Match(text) is { Success: true } copy =>
            Localized.Format(AssessmentsText.HistoryCreatedCopy, copy.Groups["version"].Value, copy.Groups["from"].Value),
        ("created", { } text) when CreatedFor().Match(text) is { Success: true } first =>
            Localized.Format(AssessmentsText.HistoryCreatedFor, first.Groups["iso3"].Value, first.Groups["asOf"].Value),
        _ => Judgement(value),
    };

    [GeneratedRegex(@"^version (?<version>\d+), copied from version (?<from>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatedCopy();

    [GeneratedRegex(@"^(?<iso3>[A-Z]{3}) as of (?<asOf>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatedFor();
}
