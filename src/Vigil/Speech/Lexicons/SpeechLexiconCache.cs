namespace Vigil.Speech.Lexicons;

/// <summary>
/// The lexicon the classifier matches against: the starter lexicon until the stored one is loaded, then the latest
/// stored version of every entry, replaced whenever an admin saves or imports.
/// </summary>
public sealed class SpeechLexiconCache
{
    private volatile LexiconMatcher _matcher = new(StarterLexicon.Terms);

    public LexiconMatcher Matcher => _matcher;

    public void Replace(IEnumerable<LexiconTerm> terms) => _matcher = new LexiconMatcher(terms);
}
