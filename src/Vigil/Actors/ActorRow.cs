namespace Vigil.Actors;

/// <summary>
/// An entry of a country's register: the actor, each of its source identities with their counts in the country, and its
/// events per month over the last <see cref="ActorQueries.ActivityMonths"/> months of the country's data (the sparkline).
/// </summary>
public sealed record ActorRow(Actor Actor, IReadOnlyList<ActorSourceCounts> Sources, IReadOnlyList<int> Activity, int RecentCivilianEvents);
