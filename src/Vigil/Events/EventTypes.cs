namespace Vigil.Events;

/// <summary>
/// The event types each data set writes into <see cref="Event.EventType"/>, as stored (in the source's English); pages name them
/// in the reader's language. UCDP GED has no event type: its events carry a <see cref="ViolenceType"/> instead.
/// </summary>
public static class EventTypes
{
    public const string ViolenceAgainstCivilians = "Violence against civilians";

    /// <summary>ACLED's six event types (ACLED codebook).</summary>
    public static IReadOnlyList<string> Acled { get; } =
        ["Battles", "Explosions/Remote violence", ViolenceAgainstCivilians, "Protests", "Riots", "Strategic developments"];

    /// <summary>GDELT's four quad classes (QuadClass 1–4), which Vigil stores as the event type.</summary>
    public static IReadOnlyList<string> Gdelt { get; } = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
}
