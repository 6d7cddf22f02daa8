using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Speech.Lexicons;

internal sealed class SpeechLexiconVersionConfiguration : IEntityTypeConfiguration<SpeechLexiconVersion>
{
    public void Configure(EntityTypeBuilder<SpeechLexiconVersion> builder)
    {
        builder.ToTable("speech_lexicon_versions");
        builder.HasKey(v => v.Number);
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.SavedBy).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(SpeechLexiconVersion.NoteMaxLength);
    }
}

internal sealed class SpeechLexiconEntryConfiguration : IEntityTypeConfiguration<SpeechLexiconEntry>
{
    public void Configure(EntityTypeBuilder<SpeechLexiconEntry> builder)
    {
        builder.ToTable("speech_lexicon_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Term).HasMaxLength(SpeechLexiconEntry.TermMaxLength);
        builder.Property(e => e.Language).HasMaxLength(10);
        builder.Property(e => e.Country).HasMaxLength(3);
        builder.Property(e => e.TargetGroup).HasMaxLength(SpeechLexiconEntry.TextMaxLength);
        builder.Property(e => e.Meaning).HasMaxLength(SpeechLexiconEntry.TextMaxLength);
        builder.Property(e => e.Alternative).HasMaxLength(SpeechLexiconEntry.TextMaxLength);
        builder.HasOne<SpeechLexiconVersion>().WithMany().HasForeignKey(e => e.Version).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.Version, e.EntryId }).IsUnique();
    }
}
