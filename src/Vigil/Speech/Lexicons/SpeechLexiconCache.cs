namespace Vigil.Speech.Lexicons;

/// <summary>
/// The lexicon the classifier matches against: the starter lexicon until the stored one is loaded, then the latest
/// stored version of every entry, replaced whenever an admin saves or imports.
/// </summary>
public sealed class SpeechLexiconCache
{
    // Matcher and version change together: one reference, swapped at once.
    private volatile Loaded _loaded = new(new LexiconMatcher(StarterLexicon.Terms), 0);

    public LexiconMatcher Matcher => _loaded.Matcher;

    /// <summary>The stored version the matcher holds; 0 while it holds the starter lexicon.</summary>
    public int Version => _loaded.Version;

    public void Replace(IEnumerable<LexiconTerm> terms) => Replace(terms, _loaded.Version);

    public void Replace(IEnumerable<LexiconTerm> terms, int version) => _loaded = new Loaded(new LexiconMatcher(terms), version);

    private sealed record Loaded(LexiconMatcher Matcher, int Version);
}
