namespace Vigil.Reports;

/// <summary>Who the reporter suspects did the harm, in words a monitor can tell apart.</summary>
public enum PerpetratorKind
{
    StateForces,
    ArmedGroup,
    Militia,
    CommunalGroup,
    Individual,
    Unknown,
}
