namespace Vigil.Events.Series;

/// <summary>
/// The events of one country, source, admin-1 and month, pre-aggregated (table <c>event_months</c>) so series, the
/// events index and the country page read a few thousand rows instead of every event. Kept in step with
/// <c>events</c> inside each write's transaction: the batch writers add their new rows with one grouped statement per
/// batch, and database triggers move an updated event's old values out and new ones in, and take a deleted event's
/// out (migration <c>EventMonths</c>; decision record 0014). Events without a country are left out. Never written
/// through EF Core.
/// </summary>
public sealed class EventMonth
{
    public required string CountryIso3 { get; init; }
    public required string Source { get; init; }

    /// <summary>The events' admin-1, "" for none.</summary>
    public required string Admin1 { get; init; }

    /// <summary>yyyyMM of the events' start.</summary>
    public int Month { get; init; }

    /// <summary>
    /// Events dated only to a span longer than a month (<see cref="DatePrecision.LongerThanMonth"/>): counted here for
    /// the index, but series spread them event by event from the <c>events</c> table.
    /// </summary>
    public bool Spread { get; init; }

    /// <summary>The stored <see cref="Event.ActorType"/>, 0 when there is none.</summary>
    public int ActorType { get; init; }

    /// <summary>
    /// For events without a stored type only, the first <see cref="ActorTypes.NameLength"/> characters of
    /// <see cref="Event.Actor1"/> ("" when none) for <see cref="ActorTypes.Of(string?)"/>; "" for typed events.
    /// </summary>
    public required string ActorName { get; init; }

    public int Events { get; init; }

    /// <summary>Sum of <see cref="Event.FatalitiesBest"/>.</summary>
    public long Fatalities { get; init; }

    /// <summary>One-sided violence events (<see cref="ViolenceType.OneSided"/>).</summary>
    public int CivilianEvents { get; init; }

    public long CivilianDeaths { get; init; }
}
