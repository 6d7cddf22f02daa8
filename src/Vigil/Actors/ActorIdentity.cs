namespace Vigil.Actors;

/// <summary>
/// One actor as one source names it (UCDP GED's stable actor id, or ACLED's actor name), with its totals over every
/// stored event. Derived from the events by <see cref="RebuildActors"/> and replaced whole on each rebuild; shared by all
/// organisations, as the events are (decision record on the register's scoping).
/// </summary>
public sealed class ActorIdentity
{
    private ActorIdentity()
    {
    }

    public long Id { get; private set; }

    /// <summary>One of the event sources' names ("ucdp-ged", "acled").</summary>
    public string Source { get; private set; } = "";

    /// <summary>The source's own id of the actor: GED side_a_new_id/side_b_new_id; ACLED has none, so its name.</summary>
    public string SourceActorId { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The country where most of its events happened.</summary>
    public string CountryIso3 { get; private set; } = "";
    public ActorKind SuggestedKind { get; private set; }
    public int Events { get; private set; }
    public int CivilianEvents { get; private set; }
    public long Deaths { get; private set; }

    /// <summary>First and last month with an event, as yyyyMM.</summary>
    public int FirstMonth { get; private set; }
    public int LastMonth { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static ActorIdentity Create(string source, string sourceActorId, string name, DateTime now) => new()
    {
        Source = source,
        SourceActorId = sourceActorId,
        Name = name,
        UpdatedAt = now,
    };

    /// <summary>Sets what the latest rebuild counted.</summary>
    public void Counted(string name, string countryIso3, ActorKind suggestedKind, int events, int civilianEvents, long deaths,
        int firstMonth, int lastMonth, DateTime now)
    {
        Name = name;
        CountryIso3 = countryIso3;
        SuggestedKind = suggestedKind;
        Events = events;
        CivilianEvents = civilianEvents;
        Deaths = deaths;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
        UpdatedAt = now;
    }
}
