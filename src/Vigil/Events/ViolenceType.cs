namespace Vigil.Events;

/// <summary>UCDP's three categories of organised violence (GED type_of_violence 1–3); ACLED events are mapped onto them.</summary>
public enum ViolenceType
{
    StateBased = 1,
    NonState = 2,
    OneSided = 3,
}
