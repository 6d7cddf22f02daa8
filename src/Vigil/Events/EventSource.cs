namespace Vigil.Events;

/// <summary>The event data sets Vigil reads; the names are stored in <see cref="Event.Source"/> and used on the command line.</summary>
public static class EventSource
{
    public const string UcdpGed = "ucdp-ged";
    public const string Acled = "acled";
    public const string Gdelt = "gdelt";

    /// <summary>
    /// Field reports a reviewer verified (Vigil.Reports): counted in their own series, asked for by name, never the default
    /// source of a country's series and never added to the data sets' counts.
    /// </summary>
    public const string Field = "field";

    public static IReadOnlyList<string> All { get; } = [UcdpGed, Acled, Gdelt, Field];

    /// <summary>The data sets read from files (<c>vigil events import --format</c>).</summary>
    public static IReadOnlyList<string> Files { get; } = [UcdpGed, Acled, Gdelt];
}
