using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Speech.Lexicons;

/// <summary>The lexicon's tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class SpeechLexiconTables
{
    extension(VigilDb db)
    {
        public DbSet<SpeechLexiconVersion> SpeechLexiconVersions => db.Set<SpeechLexiconVersion>();
        public DbSet<SpeechLexiconEntry> SpeechLexiconEntries => db.Set<SpeechLexiconEntry>();
    }
}
