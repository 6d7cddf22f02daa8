using System.Globalization;
using Vigil.App.Pages.Shared;
using Vigil.Situations;

namespace Vigil.App.Pages.Situations;

/// <summary>How the situation pages write lags, dates and the situation's words in the page's language.</summary>
public static class SituationLabels
{
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.CurrentCulture) : "–";

    public static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : "–";

    /// <summary>"latest 5 · median 7.5", "waiting" when the latest warning waits still, "–" with no warnings.</summary>
    public static string Lag(SituationLag lag) =>
        lag.Points.Count == 0 ? "–"
        : lag.LatestWaiting ? Localized.Format(SituationsText.LagWaitingCell, Days(lag.MedianDays))
        : Localized.Format(SituationsText.LagCell, Days(lag.LatestDays), Days(lag.MedianDays));

    public static string Warning(WarningPoint point) =>
        point.Status is { } status ? Localized.Format(SituationsText.WarningRise, EnumText.Of(status)) : EnumText.Of(point.Kind ?? LinkKind.Alert);
}
