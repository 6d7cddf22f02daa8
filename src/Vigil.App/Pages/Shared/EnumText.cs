using System.Globalization;
using System.Resources;
using Vigil.App.Pages.Actors;
using Vigil.App.Pages.Alerts;
using Vigil.App.Pages.Assessments;
using Vigil.App.Pages.Events;
using Vigil.App.Pages.Reports;
using Vigil.App.Pages.Situations;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// The words for enum values and stored status strings, by one naming rule: the resource "Kind_Value" with the
/// value in PascalCase ("AlertStatus_Acknowledged", "Level_VeryHigh" for "very high", "UserState_LockedOut" for
/// "locked-out", "EventType_ExplosionsRemoteViolence" for "Explosions/Remote violence"). An enum's kind is its type name and its texts live with the page feature that shows the core
/// feature's values (<see cref="TextsOf"/>). The completeness test checks every value of every kind in every language.
/// </summary>
public static class EnumText
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Of(TextsOf(typeof(TEnum)), typeof(TEnum).Name, value.ToString());

    /// <summary>The text of a status kept as a string; the value itself when it has none (a value added later).</summary>
    public static string Of(ResourceManager texts, string kind, string value) => TryOf(texts, kind, value) ?? value;

    public static string? TryOf(ResourceManager texts, string kind, string value) =>
        texts.GetString(NameOf(kind, value), CultureInfo.CurrentUICulture);

    public static string NameOf(string kind, string value) =>
        kind + "_" + string.Concat(value.Split([' ', '-', '_', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Which page feature names the values of a core feature's enums.</summary>
    public static ResourceManager TextsOf(Type enumType) => enumType.Namespace switch
    {
        "Vigil.Assessment" => AssessmentsText.ResourceManager,
        "Vigil.Alerts" or "Vigil.Alerts.Notifications" => AlertsText.ResourceManager,
        "Vigil.Security" => SharedText.ResourceManager,
        "Vigil.Events" => EventsText.ResourceManager,
        "Vigil.Situations" => SituationsText.ResourceManager,
        "Vigil.Reports" => ReportsText.ResourceManager,
        "Vigil.Actors" => Vigil.App.Pages.Actors.ActorsText.ResourceManager,
        "Vigil.Actors.Assessments" => ActorAssessmentText.ResourceManager,
        _ => throw new ArgumentException($"No page texts for the values of {enumType.FullName}.", nameof(enumType)),
    };
}
