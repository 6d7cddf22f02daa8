namespace Vigil.Speech.Lexicons;

/// <summary>
/// One saved version of the shared lexicon: its number (1, 2, …), who saved it, when, and why. Every save or import makes a
/// new version holding a full copy of the entries, so an earlier version can be exported as it was.
/// </summary>
public sealed class SpeechLexiconVersion
{
    public const int NoteMaxLength = 500;

    private SpeechLexiconVersion()
    {
    }

    public SpeechLexiconVersion(int number, DateTime savedAt, string savedBy, string? note, int entryCount)
    {
        Number = number;
        SavedAt = savedAt;
        SavedBy = savedBy;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, NoteMaxLength)];
        EntryCount = entryCount;
    }

    public int Number { get; private set; }
    public DateTime SavedAt { get; private set; }
    public string SavedBy { get; private set; } = "";
    public string? Note { get; private set; }
    public int EntryCount { get; private set; }
}
