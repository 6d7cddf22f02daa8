using Vigil.Alerts;

namespace Vigil.Situations;

/// <summary>
/// Which alerts a situation answers without anyone linking them (<see cref="OpenSituation"/> at opening,
/// <see cref="LinkRaisedAlerts"/> while it is open): open ones about a month of the last <see cref="Months"/>. An import of
/// old event data raises alerts about years long past; those are history, not warnings the situation must answer, and
/// linked they would fill its warning-to-action lag with warnings nobody could have acted on. An analyst can still link one.
/// </summary>
public static class StandingAlerts
{
    public const int Months = 12;

    /// <summary>The first month an alert's last month may be and still stand on <paramref name="now"/>.</summary>
    public static DateOnly Since(DateTime now) => new DateOnly(now.Year, now.Month, 1).AddMonths(-Months);

    public static bool Stands(Alert alert, DateTime now) => alert.IsOpen && alert.LastPeriod >= Since(now);
}
