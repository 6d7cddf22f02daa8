using Vigil.Alerts;
using Vigil.Events.Series;

namespace Vigil.App.Pages.Events;

/// <summary>The four small multiples shown for a place (events, fatalities, violence against civilians), titled in the page's language.</summary>
public static class SeriesCharts
{
    public static IReadOnlyList<SeriesChart> For(IReadOnlyList<SeriesRow> rows, IReadOnlyList<Signal> signals) =>
    [
        SeriesChart.For(EventsText.ChartEvents, rows, r => r.Events, "events", signals),
        SeriesChart.For(EventsText.ChartFatalities, rows, r => r.Fatalities, "fatalities", signals),
        SeriesChart.For(EventsText.ChartCivilianEvents, rows, r => r.CivilianEvents, "civilian_events", signals),
        SeriesChart.For(EventsText.ChartCivilianDeaths, rows, r => r.CivilianDeaths, "civilian_deaths", signals),
    ];
}
