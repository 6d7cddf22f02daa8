using System.Globalization;
using Vigil.App.Pages.Shared;
using Vigil.Speech;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>The words the speech pages show for enums and figures, in the page's language.</summary>
public static class SpeechLabels
{
    public static string Label(SpeechLabel? label) => label is { } l ? EnumText.Of(SpeechMonitorText.ResourceManager, "Label", l.ToString()) : SpeechMonitorText.NotClassified;

    public static string Decision(RabatDecision decision) => EnumText.Of(SpeechMonitorText.ResourceManager, "Decision", decision.ToString());

    public static string Factor(RabatFactor factor) => EnumText.Of(SpeechMonitorText.ResourceManager, "Factor", factor.ToString());

    /// <summary>A language code's name ("en" → English); the code itself for a language without one.</summary>
    public static string Language(string code) => EnumText.Of(SpeechMonitorText.ResourceManager, "Lang", code);

    public static string Outcome(ReferralOutcome? outcome) => outcome is { } o ? EnumText.Of(SpeechMonitorText.ResourceManager, "Outcome", o.ToString()) : "–";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Number(double? value, string format = "0.##") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Time(DateTime? at) => at is { } t ? t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "–";

    /// <summary>A surge signal's measure in words: "Hate posts", or "Posts inciting violence · in zh" for one of a language or target group.</summary>
    public static string SurgeMeasure(string measure)
    {
        var what = measure.StartsWith(SurgeDetection.IncitementMeasure, StringComparison.Ordinal) ? SpeechMonitorText.IncitementPosts : SpeechMonitorText.HatePosts;
        var language = measure.IndexOf("_lang_", StringComparison.Ordinal);
        var group = measure.IndexOf("_group_", StringComparison.Ordinal);
        return language >= 0 ? what + " · " + Localized.Format(SpeechMonitorText.InLanguage, measure[(language + 6)..])
            : group >= 0 ? what + " · " + Localized.Format(SpeechMonitorText.TargetingGroup, measure[(group + 7)..])
            : what;
    }

    /// <summary>Keys the Rabat form answers to: a decision's shortcut letter.</summary>
    public static char Shortcut(RabatDecision decision) => decision switch
    {
        RabatDecision.BelowThreshold => 'b',
        RabatDecision.CounterSpeech => 'c',
        RabatDecision.ReferToPlatform => 'p',
        _ => 'a',
    };
}
