using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

internal sealed class SpeechPostConfiguration : IEntityTypeConfiguration<SpeechPost>
{
    public const string Table = "speech_posts";

    public void Configure(EntityTypeBuilder<SpeechPost> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Source).HasMaxLength(PostFields.SourceMaxLength);
        builder.Property(p => p.PostId).HasMaxLength(PostFields.PostIdMaxLength);
        builder.Property(p => p.Text).HasMaxLength(SpeechPost.TextMaxLength);
        builder.Property(p => p.Language).HasMaxLength(10);
        builder.Property(p => p.Platform).HasMaxLength(100);
        ConfidentialFields.Mark(builder.Property(p => p.AuthorHandle));
        builder.Property(p => p.CountryIso3).HasMaxLength(3);
        builder.Property(p => p.Admin1).HasMaxLength(200);
        builder.Property(p => p.Url).HasMaxLength(2000);
        builder.Property(p => p.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Label).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.VerdictLanguage).HasMaxLength(10);
        builder.Property(p => p.ModelVersion).HasMaxLength(100);
        builder.Property(p => p.TargetGroups).HasMaxLength(1000);
        builder.Property(p => p.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(p => p.IsClassified);
        builder.Ignore(p => p.Reach);
        builder.HasIndex(p => new { p.Source, p.PostId }).IsUnique();
        builder.HasIndex(p => new { p.Flagged, p.ReviewCount, p.Danger });
        builder.HasIndex(p => new { p.CountryIso3, p.PostedAt });
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Reviews).HasField("_reviews");
    }
}

internal sealed class SpeechReviewConfiguration : IEntityTypeConfiguration<SpeechReview>
{
    public void Configure(EntityTypeBuilder<SpeechReview> builder)
    {
        builder.ToTable("speech_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.By).HasMaxLength(200);
        foreach (var note in new[] { nameof(SpeechReview.ContextNote), nameof(SpeechReview.SpeakerNote), nameof(SpeechReview.IntentNote),
            nameof(SpeechReview.ContentAndFormNote), nameof(SpeechReview.ExtentNote), nameof(SpeechReview.LikelihoodNote) })
        {
            builder.Property<string?>(note).HasMaxLength(RabatRatings.NoteMaxLength);
        }
    }
}

internal sealed class SpeechReferralConfiguration : IEntityTypeConfiguration<SpeechReferral>
{
    public void Configure(EntityTypeBuilder<SpeechReferral> builder)
    {
        builder.ToTable("speech_referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Platform).HasMaxLength(100);
        builder.Property(r => r.Reference).HasMaxLength(SpeechReferral.ReferenceMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.By).HasMaxLength(200);
        builder.HasOne<SpeechPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Platform, r.ReferredAt });
    }
}
