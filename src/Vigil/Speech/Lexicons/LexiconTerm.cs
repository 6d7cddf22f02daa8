namespace Vigil.Speech.Lexicons;

/// <summary>
/// One lexicon entry as the matcher and the CSV see it: the term, its language (en, zh, am, my), the country it is used
/// in (ISO3, or null for the whole language), the group it targets, what it means, its severity (1 mild … 3 severe), a
/// wording to suggest instead, and whether it marks incitement (a call to violence or a dehumanising comparison).
/// </summary>
public sealed record LexiconTerm(
    string Term,
    string Language,
    string? Country,
    string? TargetGroup,
    string? Meaning,
    int Severity,
    string? Alternative,
    bool Incitement);
