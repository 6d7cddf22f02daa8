using Vigil.Alerts;
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

    /// <summary>All deaths, battle deaths included: a thousand in a month is a war's worst months, high but not by itself a mass killing.</summary>
    public static SeriesMeasure Fatalities { get; } = new("fatalities", r => r.Fatalities, 25, ["8.1", "13.3"])
    {
        Magnitudes = [new(1000, SignalSeverity.High), new(250, SignalSeverity.Moderate)],
    };

    public static SeriesMeasure CivilianEvents { get; } = new("civilian_events", r => r.CivilianEvents, 5, ["7.8", "11.1", "11.2"]);

    /// <summary>
    /// Civilians killed in one-sided violence: 1,000 is the Early Warning Project's threshold of a mass killing, so a month
    /// that reaches it is critical however noisy the series before it was.
    /// </summary>
    public static SeriesMeasure CivilianDeaths { get; } = new("civilian_deaths", r => r.CivilianDeaths, 20, ["7.8", "11.2", "13.3"])
    {
        Magnitudes = [new(1000, SignalSeverity.Critical), new(250, SignalSeverity.High), new(50, SignalSeverity.Moderate)],
    };

    /// <summary>
    /// The least severity a flagged month of this size gets, whatever its surprise: in a short, over-dispersed series
    /// 2,118 civilian deaths against 11 expected scored as barely surprising, and an analyst read "low".
    /// </summary>
    public IReadOnlyList<MagnitudeFloor> Magnitudes { get; init; } = [];

    public SignalSeverity FloorFor(int observed) =>
        Magnitudes.Where(m => observed >= m.Count).Select(m => m.Severity).DefaultIfEmpty(SignalSeverity.Low).Max();

    public static IReadOnlyList<SeriesMeasure> All { get; } = [Events, Fatalities, CivilianEvents, CivilianDeaths];
}
