namespace Vigil.Actors;

/// <summary>
/// An entry of a country's register: the actor, each of its source identities with their counts in the country, its
/// events per month over the last <see cref="ActorQueries.ActivityMonths"/> months of the country's data (the sparkline), and
/// its recent one-sided violence per source (the situation page).
/// </summary>
public sealed record ActorRow(Actor Actor, IReadOnlyList<ActorSourceCounts> Sources, IReadOnlyList<int> Activity, IReadOnlyList<ActorRecentViolence> Recent)
{
    /// <summary>The most one-sided violence any one source records lately: an order, not a total.</summary>
    public int MostRecentCivilianEvents => Recent.Count == 0 ? 0 : Recent.Max(r => r.CivilianEvents);
}
