using Vigil.Events.Series;

namespace Vigil.Events.Escalation;

/// <summary>
/// A monthly count the detector watches, the smallest rise above expectation worth a warning, and the
/// Framework of Analysis (UN 2014) indicators a rise speaks to:
/// 7.8 attacks on protected groups increasing; 8.1 fighting breaks out; 11.1 violence repeatedly hits
/// civilians; 11.2 violence against civilians grows in number, scale or severity; 13.3 the parties to
/// the conflict grow more radical or extreme.
/// </summary>
public sealed record SeriesMeasure(string Name, Func<SeriesRow, int> Value, int MinimumIncrease, IReadOnlyList<string> Indicators)
{
    public static SeriesMeasure Events { get; } = new("events", r => r.Events, 10, ["8.1"]);
    public static SeriesMeasure Fatalities { get; } = new("fatalities", r => r.Fatalities, 25, ["8.1", "13.3"]);
    public static SeriesMeasure CivilianEvents { get; } = new("civilian_events", r => r.CivilianEvents, 5, ["7.8", "11.1", "11.2"]);
    public static SeriesMeasure CivilianDeaths { get; } = new("civilian_deaths", r => r.CivilianDeaths, 20, ["7.8", "11.2", "13.3"]);

    public static IReadOnlyList<SeriesMeasure> All { get; } = [Events, Fatalities, CivilianEvents, CivilianDeaths];
}
