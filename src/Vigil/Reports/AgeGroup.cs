namespace Vigil.Reports;

/// <summary>Age groups of people harmed: child under 18, youth 18–24, adult 25–59, older 60 and over.</summary>
public enum AgeGroup
{
    Child,
    Youth,
    Adult,
    Older,
    Unknown,
}
