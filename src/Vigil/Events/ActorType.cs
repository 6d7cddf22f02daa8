namespace Vigil.Events;

/// <summary>
/// The primary actor's type as the source codes it, on ACLED's scale (inter1 codes 1–8; their labels in
/// exports from 2024). UCDP GED and GDELT are mapped onto it by their importers; null on an event means
/// the source does not say (or the event was stored before the type was).
/// </summary>
public enum ActorType
{
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,

    /// <summary>ACLED's "External/Other forces": foreign state forces, international missions, private security and mercenaries.</summary>
    ExternalOther = 8,
}
