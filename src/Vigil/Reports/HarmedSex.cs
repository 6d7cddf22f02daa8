namespace Vigil.Reports;

public enum HarmedSex
{
    Female,
    Male,
    Unknown,
}
