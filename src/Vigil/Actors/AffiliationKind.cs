namespace Vigil.Actors;

/// <summary>How one actor is tied to another: a militia allied to a government, a unit within an army.</summary>
public enum AffiliationKind
{
    AlliedTo,
    UnitOf,
}
