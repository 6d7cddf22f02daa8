namespace Vigil.Events;

/// <summary>
/// One event of political violence as a source reports it, normalised across UCDP GED, ACLED and GDELT.
/// Events are facts from a source: a re-import replaces them whole (by <see cref="Source"/> and
/// <see cref="SourceId"/>), they are never edited in Vigil, hence init-only properties.
/// </summary>
public sealed class Event
{
    public long Id { get; init; }

    /// <summary>One of <see cref="EventSource"/>'s names.</summary>
    public required string Source { get; init; }

    /// <summary>The source's own event id (GED id, ACLED event_id_cnty, GDELT GLOBALEVENTID); unique per source.</summary>
    public required string SourceId { get; init; }

    public DateOnly DateStart { get; init; }
    public DateOnly DateEnd { get; init; }
    public DatePrecision DatePrecision { get; init; }

    /// <summary>Calendar month of <see cref="DateStart"/> as yyyyMM (201312): the unit of the monthly series.</summary>
    public int Month { get; init; }

    public string? CountryIso3 { get; init; }
    public int? CountryCow { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Place { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }

    /// <summary>The source's own location-precision code (GED where_prec 1–7, ACLED geo_precision 1–3, GDELT geo type 1–5).</summary>
    public int? GeoPrecision { get; init; }

    public ViolenceType? ViolenceType { get; init; }

    /// <summary>ACLED event_type and sub_event_type as ACLED spells them; for GDELT, the QuadClass name ("Material conflict").</summary>
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }

    /// <summary>GDELT CAMEO event code and its two-digit root, with leading zeros ("043", "04").</summary>
    public string? CameoCode { get; init; }
    public string? CameoRoot { get; init; }

    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }

    /// <summary>The source's own stable id of <see cref="Actor1"/> and <see cref="Actor2"/> (GED side_a_new_id, side_b_new_id); null for sources without.</summary>
    public string? Actor1SourceId { get; init; }
    public string? Actor2SourceId { get; init; }

    /// <summary>ACLED's associated actors of each side (assoc_actor_1/2, v6 ALLY_ACTOR_1/2), as ACLED lists them: names separated by ';'.</summary>
    public string? AssocActor1 { get; init; }
    public string? AssocActor2 { get; init; }

    /// <summary>ACLED's inter1 and inter2 codes (0–8) as the file gives them (labels of 2024+ exports turned into codes).</summary>
    public int? Inter1 { get; init; }
    public int? Inter2 { get; init; }

    /// <summary>
    /// <see cref="Actor1"/>'s type from the source's own coding: ACLED inter1; GDELT Actor1Type1Code; GED from
    /// side_a and type_of_violence. Null when the source has none, or the event was stored before types were.
    /// </summary>
    public ActorType? ActorType { get; init; }

    public int? FatalitiesBest { get; init; }
    public int? FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public int? CivilianDeaths { get; init; }

    /// <summary>The event targeted civilians (GED one-sided violence, ACLED violence against civilians or civilian_targeting, GDELT assault/fight/mass violence on civilians).</summary>
    public bool CivilianTargeting { get; init; }

    public string? Notes { get; init; }

    /// <summary>Hash of every imported field: a re-import rewrites a row only when this differs.</summary>
    public long ContentHash { get; private set; }

    public DateTime ImportedAt { get; init; }

    /// <summary>Computes <see cref="ContentHash"/> once every field is set; importers call it last.</summary>
    public Event Hashed()
    {
        ContentHash = EventContentHash.Of(this);
        return this;
    }

}
