namespace Vigil.Actors;

/// <summary>
/// What kind of armed actor a register entry is: suggested from the source's coding (ACLED inter codes, GED's
/// "Government of …"), changed by an analyst when the suggestion is wrong.
/// </summary>
public enum ActorKind
{
    /// <summary>A state's military, police or other security forces.</summary>
    StateForces,
    RebelGroup,
    PoliticalMilitia,

    /// <summary>An armed group organised around a community or identity (ethnic, religious, local defence).</summary>
    CommunalMilitia,

    /// <summary>Foreign state forces, international missions, private security and mercenaries.</summary>
    ExternalForce,
    Other,
}
