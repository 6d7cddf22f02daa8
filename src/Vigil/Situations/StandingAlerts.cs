using System.Linq.Expressions;
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

    /// <summary>The rule as a query filter (the database applies it at opening; raised alerts are filtered in memory).</summary>
    public static Expression<Func<Alert, bool>> On(DateTime now)
    {
        var since = new DateOnly(now.Year, now.Month, 1).AddMonths(-Months);
        return a => a.Status != AlertStatus.Closed && a.LastPeriod >= since;
    }
}
