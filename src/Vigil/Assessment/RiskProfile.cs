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

/// <summary>
/// A score 0–100 and its level; both null when the evidence does not allow a level, and <paramref name="Reason"/> then says why
/// (a <see cref="LevelWithheld"/> code).
/// </summary>
public sealed record LevelScore(string? Level, double? Score, string? Reason = null);

public sealed record CrimeProfiles(CrimeProfile Genocide, CrimeProfile CrimesAgainstHumanity, CrimeProfile WarCrimes)
{
    public IEnumerable<(string Key, CrimeProfile Profile)> All =>
        [("genocide", Genocide), ("crimesAgainstHumanity", CrimesAgainstHumanity), ("warCrimes", WarCrimes)];
}

/// <summary>
/// One crime: its level and score (null, with a <see cref="LevelWithheld"/> <paramref name="Reason"/>, while any of its specific
/// factors is unassessed or its coverage is too low), and the specific factors still unassessed.
/// </summary>
public sealed record CrimeProfile(string? Level, double? Score, double Coverage, IReadOnlyList<string> Factors, string? Reason,
    IReadOnlyList<string> UnassessedSpecificFactors);

/// <summary>
/// One risk factor: its score, how many indicators are present and assessed out of those
/// the framework lists, and the present indicators that drive the score, worst first.
/// <see cref="JudgedAsWhole"/>: the score comes from the factor's judgement as a whole, and its coverage is complete.
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
    IReadOnlyList<string> Drivers)
{
    public bool JudgedAsWhole { get; init; }

    /// <summary>What the factor weighs in the coverage: its listed indicators, or one for a factor that lists none.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Units { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int AssessedUnits { get; init; }
}

public sealed record EthnicCleansingView(IReadOnlyList<string> Factors, double? HighestScore);

public sealed record ResilienceView(string Id, string Group, int? Rating, int Evidence);
