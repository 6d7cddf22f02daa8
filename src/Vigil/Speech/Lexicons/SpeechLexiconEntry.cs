namespace Vigil.Speech.Lexicons;

/// <summary>
/// One entry of one lexicon version. <see cref="EntryId"/> stays the same while an entry is edited from version to version
/// (the API and the page address entries by it); <see cref="Id"/> is this copy's row.
/// </summary>
public sealed class SpeechLexiconEntry
{
    public const int TermMaxLength = 200;
    public const int TextMaxLength = 500;

    private SpeechLexiconEntry()
    {
    }

    public SpeechLexiconEntry(int version, Guid entryId, LexiconTerm term)
    {
        Id = Guid.NewGuid();
        Version = version;
        EntryId = entryId;
        Term = term.Term;
        Language = term.Language;
        Country = term.Country;
        TargetGroup = term.TargetGroup;
        Meaning = term.Meaning;
        Severity = term.Severity;
        Alternative = term.Alternative;
        Incitement = term.Incitement;
    }

    public Guid Id { get; private set; }
    public int Version { get; private set; }
    public Guid EntryId { get; private set; }
    public string Term { get; private set; } = "";
    public string Language { get; private set; } = "";
    public string? Country { get; private set; }
    public string? TargetGroup { get; private set; }
    public string? Meaning { get; private set; }
    public int Severity { get; private set; }
    public string? Alternative { get; private set; }
    public bool Incitement { get; private set; }

    public LexiconTerm ToTerm() => new(Term, Language, Country, TargetGroup, Meaning, Severity, Alternative, Incitement);
}
