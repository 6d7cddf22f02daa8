using Vigil.Events;

namespace Vigil.Actors;

/// <summary>
/// Who took part in an event, by source identity: GED's side_a and side_b with their stable actor ids (the name when a
/// file has no id column); ACLED's actor1 and actor2 with their associated actors (ACLED gives no ids: the name is the
/// identity). Civilians are the victims, not actors: GED's side "Civilians" (actor id 1) and every ACLED actor of a side
/// coded inter 7 or named "Civilians (…)" are left out. The one place that decides whom an event counts for; the rebuild and the actor page both use it.
/// </summary>
public static class ActorReferences
{
    /// <summary>UCDP's actor id of "Civilians", side_b of every one-sided event.</summary>
    public const string GedCivilians = "1";
    private const int AcledCivilians = 7;

    public static IEnumerable<ActorReference> Of(ActorEventRow e)
    {
        if (e.Source == EventSource.UcdpGed)
        {
            foreach (var r in Ged(e))
            {
                yield return r;
            }
        }
        else if (e.Source == EventSource.Acled)
        {
            foreach (var r in Acled(e))
            {
                yield return r;
            }
        }
    }

    private static IEnumerable<ActorReference> Ged(ActorEventRow e)
    {
        if (GedSide(e.Actor1, e.Actor1SourceId, e.ViolenceType, 1) is { } a)
        {
            yield return a;
        }
        if (GedSide(e.Actor2, e.Actor2SourceId, e.ViolenceType, 2) is { } b)
        {
            yield return b;
        }
    }

    private static ActorReference? GedSide(string? name, string? id, ViolenceType? type, int side)
    {
        if (string.IsNullOrWhiteSpace(name) || id == GedCivilians || name.Equals("Civilians", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var key = string.IsNullOrWhiteSpace(id) ? name : id;
        return new ActorReference(EventSource.UcdpGed, key, name, GedKind(name, type, side), side);
    }

    /// <summary>
    /// GED codes no actor type. "Government of X" is a state; side B of a state-based conflict (type 1) that is not a government
    /// is by UCDP's definition a rebel group; the other non-state sides (type 2, and one-sided perpetrators) may be rebels,
    /// cartels or communal groups, which the event file does not tell apart: "other", for an analyst to set.
    /// </summary>
    public static ActorKind GedKind(string name, ViolenceType? type, int side) =>
        name.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? ActorKind.StateForces
        : type == ViolenceType.StateBased && side == 2 ? ActorKind.RebelGroup
        : ActorKind.Other;

    private static IEnumerable<ActorReference> Acled(ActorEventRow e)
    {
        foreach (var r in AcledSide(e.Actor1, e.AssocActor1, e.Inter1, 1))
        {
            yield return r;
        }
        foreach (var r in AcledSide(e.Actor2, e.AssocActor2, e.Inter2, 2))
        {
            yield return r;
        }
    }

    private static IEnumerable<ActorReference> AcledSide(string? actor, string? associated, int? inter, int side)
    {
        if (inter == AcledCivilians)
        {
            yield break;
        }
        var kind = AcledKind(inter);
        if (!string.IsNullOrWhiteSpace(actor) && !IsAcledCivilians(actor.Trim()))
        {
            yield return new ActorReference(EventSource.Acled, actor.Trim(), actor.Trim(), kind, side);
        }
        foreach (var name in AssociatedNames(associated).Where(n => !IsAcledCivilians(n)))
        {
            yield return new ActorReference(EventSource.Acled, name, name, kind, side);
        }
    }

    /// <summary>ACLED names civilians "Civilians (Country)", also when they are associated with an armed side (police hit with bystanders).</summary>
    private static bool IsAcledCivilians(string name) => name.StartsWith("Civilians (", StringComparison.OrdinalIgnoreCase);

    /// <summary>ACLED lists associated actors in one field separated by ';'.</summary>
    public static IEnumerable<string> AssociatedNames(string? associated) =>
        string.IsNullOrWhiteSpace(associated) ? []
        : associated.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>ACLED's inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 8 external/other forces; rioters, protesters and unknown codes are "other".</summary>
    public static ActorKind AcledKind(int? inter) => inter switch
    {
        1 => ActorKind.StateForces,
        2 => ActorKind.RebelGroup,
        3 => ActorKind.PoliticalMilitia,
        4 => ActorKind.CommunalMilitia,
        8 => ActorKind.ExternalForce,
        _ => ActorKind.Other,
    };
}
