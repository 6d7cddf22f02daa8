using Vigil.Events;

namespace Vigil.Actors;

/// <summary>
/// One source's one-sided violence by an actor in a country over the last <see cref="ActorQueries.RecentMonths"/> months of that
/// source's data there (<see cref="FromMonth"/> to <see cref="ToMonth"/>, YYYYMM): never added to another source's.
/// </summary>
public sealed record ActorRecentViolence(string Source, int FromMonth, int ToMonth, int CivilianEvents)
{
    public string FromText => YearMonth.Text(FromMonth);

    public string ToText => YearMonth.Text(ToMonth);
}
