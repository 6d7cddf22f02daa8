namespace Vigil.Situations.Cases;

/// <summary>
/// The fixed words of the case library (issue 11, shared with the situations helper): outcomes, the six effectiveness
/// factors of A/73/898 para 30, the rating scale, the actor kinds and the prevention options of catalogue v1 (the last three read from the situations' enums and
/// the shipped catalogue, so the two features cannot drift apart). Stored and
/// exchanged as these kebab-case ids; the pages name them in the reader's language.
/// </summary>
public static class CaseVocabulary
{
    /// <summary>A closed situation's outcomes, in the situations' own words.</summary>
    public static readonly IReadOnlyList<string> Outcomes = [.. Enum.GetValues<SituationOutcome>().Select(KebabCase.Of)];

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

    /// <summary>The kinds of actor an action names, in the situations' own words.</summary>
    public static readonly IReadOnlyList<string> ActorKinds = [.. Enum.GetValues<ActorKind>().Select(KebabCase.Of)];

    /// <summary>The prevention options of the catalogue Vigil ships (Vigil.Situations.Options); cases refer to them by id.</summary>
    public static readonly IReadOnlyList<string> Options =
        [.. Vigil.Situations.Options.OptionCatalogParser.Parse(Vigil.Situations.Options.OptionCatalog.EmbeddedJson()).Options.Select(o => o.Id)];
}
