namespace Vigil.Assessment;

/// <summary>The computed, explained risk picture of one assessment (see <see cref="ProfileCalculator"/>).</summary>
public sealed record RiskProfile(
    LevelScore Overall,
    CrimeProfiles Crimes,
    IReadOnlyList<FactorProfile> RiskFactors,
    double Coverage,
    bool Provisional,
    EthnicCleansingView EthnicCleansing,
    IReadOnlyList<ResilienceView> Resilience);

/// <summary>A score 0–100 (null when nothing it depends on was assessed) and its level.</summary>
public sealed record LevelScore(string Level, double? Score);

public sealed record CrimeProfiles(CrimeProfile Genocide, CrimeProfile CrimesAgainstHumanity, CrimeProfile WarCrimes)
{
    public IEnumerable<(string Key, CrimeProfile Profile)> All =>
        [("genocide", Genocide), ("crimesAgainstHumanity", CrimesAgainstHumanity), ("warCrimes", WarCrimes)];
}

public sealed record CrimeProfile(string Level, double? Score, double Coverage, IReadOnlyList<string> Factors);

/// <summary>
/// One risk factor: its score, how many indicators are present and assessed out of those
/// the framework lists, and the present indicators that drive the score, worst first.
/// </summary>
public sealed record FactorProfile(
    string Id,
    double? Score,
    int Present,
    int Assessed,
    int Unknown,
    int Total,
    double Coverage,
    bool Worsening,
    IReadOnlyList<string> Drivers);

public sealed record EthnicCleansingView(IReadOnlyList<string> Factors, double? HighestScore);

public sealed record ResilienceView(string Id, string Group, int? Rating, int Evidence);
