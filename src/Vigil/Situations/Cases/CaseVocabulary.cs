namespace Vigil.Situations.Cases;

/// <summary>
/// The fixed words of the case library (issue 11, shared with the situations helper): outcomes, the six effectiveness
/// factors of A/73/898 para 30, the rating scale, the actor kinds and the prevention options of catalogue v1. Stored and
/// exchanged as these kebab-case ids; the pages name them in the reader's language.
/// </summary>
public static class CaseVocabulary
{
    public static readonly IReadOnlyList<string> Outcomes = ["averted", "limited", "not-prevented", "unclear"];

    public static readonly IReadOnlyList<string> Factors =
    [
        "leadership-commitment", "state-capacity", "civil-society-participation",
        "accountability-culture", "armed-group-constraints", "regional-environment",
    ];

    /// <summary>
    /// How present a factor was, strongest first: strong (clearly present and shaping events), partial (present but limited
    /// or late), weak (barely present), absent (missing or working against prevention); not-rated when nobody rated it yet
    /// (a case made from a closed situation). Analysis leaves not-rated out.
    /// </summary>
    public static readonly IReadOnlyList<string> Ratings = ["strong", "partial", "weak", "absent", "not-rated"];

    public const string NotRated = "not-rated";

    public static readonly IReadOnlyList<string> ActorKinds =
    [
        "un", "regional", "sub-regional", "neighbouring-state", "guarantor-state", "national-authority",
        "civil-society", "womens-group", "youth-group", "religious-leader", "local-community", "it-platform",
    ];

    /// <summary>The prevention options of catalogue v1 (Vigil.Situations.Options names them; cases refer to them by id).</summary>
    public static readonly IReadOnlyList<string> Options =
    [
        "political-engagement", "mediation", "preventive-diplomacy", "counter-hate-speech", "protection-of-civilians",
        "security-justice-support", "humanitarian-action", "civil-society-support", "community-self-protection",
        "human-rights-monitoring", "accountability", "arms-restriction", "transitional-justice",
    ];
}
