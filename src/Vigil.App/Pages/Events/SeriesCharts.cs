using Vigil.Alerts;
using Vigil.Events.Series;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Events;

/// <summary>The four small multiples shown for a place (events, fatalities, violence against civilians), titled in the page's language.</summary>
public static class SeriesCharts
{
    public static IReadOnlyList<SeriesChart> For(IReadOnlyList<SeriesRow> rows, IReadOnlyList<Signal> signals) =>
    [
        SeriesChart.For(T("events.chart.events"), rows, r => r.Events, "events", signals),
        SeriesChart.For(T("events.chart.fatalities"), rows, r => r.Fatalities, "fatalities", signals),
        SeriesChart.For(T("events.chart.civilianEvents"), rows, r => r.CivilianEvents, "civilian_events", signals),
        SeriesChart.For(T("events.chart.civilianDeaths"), rows, r => r.CivilianDeaths, "civilian_deaths", signals),
    ];
}
