namespace Vigil.Assessment;

/// <summary>Why a profile gives no level (the API's <c>reason</c> beside a null <c>level</c>; decision record 0001).</summary>
public static class LevelWithheld
{
    /// <summary>Nothing it depends on is judged present or absent.</summary>
    public const string NotAssessed = "notAssessed";

    /// <summary>Fewer than <see cref="ProfileCalculator.MinimumCoverageForLevel"/> of the Framework's units are assessed.</summary>
    public const string LowCoverage = "lowCoverage";

    /// <summary>A crime's specific factors (its legal elements) are not all assessed; overall: no crime has a level.</summary>
    public const string SpecificFactorsUnassessed = "specificFactorsUnassessed";
}
