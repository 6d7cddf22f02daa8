namespace Vigil.Events.Browse;

/// <summary>
/// The located events of one country, source and month at one point and place name, pre-aggregated (table
/// <c>event_places</c>) so the country page's map reads one row per place and month instead of every event. Kept in
/// step with <c>events</c> the same way as <see cref="Series.EventMonth"/> (decision record 0014). Events without a
/// country or coordinates are left out. Never written through EF Core.
/// </summary>
public sealed class EventPlace
{
    public required string CountryIso3 { get; init; }
    public required string Source { get; init; }

    /// <summary>yyyyMM of the events' start.</summary>
    public int Month { get; init; }

    public double Longitude { get; init; }
    public double Latitude { get; init; }

    /// <summary>The events' place name, "" for none.</summary>
    public required string Place { get; init; }

    public int Events { get; init; }

    /// <summary>Sum of <see cref="Event.FatalitiesBest"/>.</summary>
    public long Fatalities { get; init; }

    public long CivilianDeaths { get; init; }
}
