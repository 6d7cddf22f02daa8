namespace Vigil.Events.Series;

/// <summary>
/// An event's row of <see cref="EventMonth"/>, computed as the migration's triggers and the grouped statement compute
/// it in SQL: admin-1 "" for none, spread for <see cref="DatePrecision.LongerThanMonth"/>, actor type 0 for none and
/// the actor's name (<see cref="ActorTypes.Name"/>) only then. Null for an event without a country.
/// </summary>
internal readonly record struct EventMonthKey(string CountryIso3, string Source, string Admin1, int Month, bool Spread, int ActorType, string ActorName)
{
    public static EventMonthKey? Of(Event e) => e.CountryIso3 is null ? null
        : new EventMonthKey(e.CountryIso3, e.Source, e.Admin1 ?? "", e.Month, e.DatePrecision == DatePrecision.LongerThanMonth,
            (int?)e.ActorType ?? 0, e.ActorType is null ? ActorTypes.Name(e.Actor1) : "");
}
