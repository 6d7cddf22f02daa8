namespace Vigil.Actors;

/// <summary>
/// An actor's page: its identities' totals and monthly series per source, its latest events, the admin-1 areas and
/// counterparts of its events, the entries merged into it, its affiliations, and the merge holding it (if any).
/// </summary>
public sealed record ActorDetails(Actor Actor, IReadOnlyList<ActorSourceCounts> Sources, IReadOnlyList<ActorSourceSeries> Series,
    IReadOnlyList<ActorEventRow> Events, IReadOnlyList<ActorCount> Areas, IReadOnlyList<ActorCount> Counterparts,
    IReadOnlyList<Actor> Parts, IReadOnlyList<ActorAffiliationRow> Affiliations)
{
    /// <summary>Events shown on the page: the latest ones.</summary>
    public const int EventsShown = 200;
}
