using Vigil.Events;

namespace Vigil.Actors;

/// <summary>The fields of a stored event the register reads: who took part, where, when, what and how many died.</summary>
public sealed record ActorEventRow(long Id, string Source, string SourceId, DateOnly Date, int Month, string? CountryIso3, string? Admin1,
    string? Place, string? EventType, ViolenceType? ViolenceType, int? Deaths, string? Actor1, string? Actor2, string? Actor1SourceId,
    string? Actor2SourceId, string? AssocActor1, string? AssocActor2, int? Inter1, int? Inter2)
{
    public bool OneSided => ViolenceType == Events.ViolenceType.OneSided;

    /// <summary>The projection from the events table (EF Core translates it to a SELECT of these columns only).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Event, ActorEventRow>> FromEvent = e => new ActorEventRow(
        e.Id, e.Source, e.SourceId, e.DateStart, e.Month, e.CountryIso3, e.Admin1, e.Place, e.EventType, e.ViolenceType, e.FatalitiesBest,
        e.Actor1, e.Actor2, e.Actor1SourceId, e.Actor2SourceId, e.AssocActor1, e.AssocActor2, e.Inter1, e.Inter2);
}
