using System.Globalization;
using Vigil.Alerts;
using Vigil.Countries;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages.Alerts;

/// <summary>
/// The title an analyst reads for an alert — where (the country's name in the page's language, and the admin-1),
/// what rose (its signals' measures) and when (its months): "Central African Republic: surge in civilian deaths
/// and fatalities, 2013-12 to 2014-01"; an alert from the forecast watchlist is dated by its data year instead
/// ("Sudan: entered the top 10 of the forecast, data year 2024"). Composed at display time from the stored fields, so that it follows the
/// page language and later merged signals; the stored <see cref="Alert.Title"/> (rule name and ISO3, as raised)
/// is left as it is for the API and webhooks. The parts are kept apart so that pages (_AlertTitle.cshtml) keep the
/// months on one line: "2013-" at a line end and "12" on the next reads as two dates.
/// </summary>
public sealed record AlertTitle(string What, string Months)
{
    // Harm to civilians first: it is what an atrocity-prevention analyst reads for.
    private static readonly string[] MeasureOrder = ["civilian_deaths", "civilian_events", "fatalities", "events", "forecast_top10", "forecast_top30", "forecast_rise"];

    public static string Separator => AlertsText.AlertTitleSeparator;

    public string Text => What + Separator + Months;

    public override string ToString() => Text;

    public static AlertTitle For(Alert alert, IReadOnlyCollection<string> measures, CountryCatalog countries)
    {
        var place = alert.PlaceName(countries, CultureInfo.CurrentUICulture);
        var forecast = measures.Count > 0 && measures.All(IsForecast);
        var what = measures.Count == 0
            ? Localized.Format(AlertsText.AlertTitleNoMeasure, place)
            // Forecast measures say what happened themselves ("entered the top 10 of the forecast"), not "surge in".
            : forecast
                ? Localized.Format(AlertsText.AlertTitleForecast, place, ListOf([.. Ordered(measures).Select(AlertLabels.Measure)]))
                : Localized.Format(AlertsText.AlertTitleWhat, place, ListOf([.. Ordered(measures).Select(AlertLabels.Measure)]));
        return new AlertTitle(what, forecast
            ? Localized.Format(AlertsText.ForecastDataYear, YearsOf(alert.FirstPeriod, alert.LastPeriod))
            : MonthsOf(alert.FirstPeriod, alert.LastPeriod));
    }

    /// <summary>Whether a signal measure comes from the forecast watchlist, whose periods are data years (WatchlistChange.PeriodOf).</summary>
    public static bool IsForecast(string measure) => measure.StartsWith("forecast_", StringComparison.Ordinal);

    /// <summary>"2024", or "2023 to 2024": the data years of forecast signals, stored as their first day.</summary>
    public static string YearsOf(DateOnly first, DateOnly last)
    {
        var from = first.Year.ToString(CultureInfo.InvariantCulture);
        return first.Year == last.Year ? from : Localized.Format(AlertsText.AlertTitleMonths, from, last.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static string MonthsOf(DateOnly first, DateOnly last)
    {
        var from = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return first == last ? from : Localized.Format(AlertsText.AlertTitleMonths, from, last.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> Ordered(IEnumerable<string> measures) =>
        measures.Distinct(StringComparer.Ordinal)
            .OrderBy(m => Array.IndexOf(MeasureOrder, m) is var i && i >= 0 ? i : MeasureOrder.Length)
            .ThenBy(m => m, StringComparer.Ordinal);

    /// <summary>"a", "a and b", "a, b and c" (English); "a、b、c" (Chinese).</summary>
    private static string ListOf(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(SharedText.ListSeparator, items.Take(items.Count - 1)) + SharedText.ListLast + items[^1];
}
