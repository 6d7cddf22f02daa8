namespace Vigil.Speech;

/// <summary>A lexicon term found in a text: the term as listed, the group it targets, its severity (1 mild … 3 severe)
/// and whether the entry marks incitement (a call to violence or a dehumanising comparison).</summary>
public sealed record LexiconHit(string Term, string? TargetGroup, int Severity, bool Incitement);
