namespace Vigil.Events;

/// <summary>The event data sets Vigil reads; the names are stored in <see cref="Event.Source"/> and used on the command line.</summary>
public static class EventSource
{
    public const string UcdpGed = "ucdp-ged";
    public const string Acled = "acled";
    public const string Gdelt = "gdelt";

    public static IReadOnlyList<string> All { get; } = [UcdpGed, Acled, Gdelt];
}
