using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Security;

namespace Vigil.Assessment;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CountryIso3).HasMaxLength(3).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Author).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ApprovedBy).HasMaxLength(200);
        builder.Property(a => a.Areas).HasMaxLength(1000);
        builder.Property(a => a.FrameworkId).HasMaxLength(50).IsRequired();
        builder.Property(a => a.FrameworkVersion).HasMaxLength(50).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Classification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.CountryIso3, a.AsOf });
        builder.HasIndex(a => a.SeriesId);

        builder.HasMany(a => a.Judgements).WithOne().HasForeignKey(j => j.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.FactorJudgements).WithOne().HasForeignKey(j => j.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Resilience).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Judgements).HasField("_judgements");
        builder.Navigation(a => a.FactorJudgements).HasField("_factorJudgements");
        builder.Navigation(a => a.Evidence).HasField("_evidence");
        builder.Navigation(a => a.Resilience).HasField("_resilience");
        builder.Navigation(a => a.History).HasField("_history");
    }
}

internal sealed class IndicatorJudgementConfiguration : IEntityTypeConfiguration<IndicatorJudgement>
{
    public void Configure(EntityTypeBuilder<IndicatorJudgement> builder)
    {
        builder.ToTable("indicator_judgements");
        builder.HasKey(j => new { j.AssessmentId, j.IndicatorId });
        builder.Property(j => j.IndicatorId).HasMaxLength(20);
        MapFinding(builder);
    }

    /// <summary>The columns of a <see cref="Judgement"/>, the same for an indicator's and a whole factor's.</summary>
    internal static void MapFinding<T>(EntityTypeBuilder<T> builder) where T : Judgement
    {
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Trend).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Confidence).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Area).HasMaxLength(200);
        builder.Ignore(j => j.IsAssessed);
        // The finding is its own concurrency check: an update stores only when the row still holds the finding it was read with,
        // so two writers of one judgement cannot both win silently (the loser makes its change again, or gets 412 with If-Match).
        // No column is added: the judgement's version is a hash of these same fields (JudgementVersion).
        builder.Property(j => j.Status).IsConcurrencyToken();
        builder.Property(j => j.Severity).IsConcurrencyToken();
        builder.Property(j => j.Trend).IsConcurrencyToken();
        builder.Property(j => j.Confidence).IsConcurrencyToken();
        builder.Property(j => j.Notes).IsConcurrencyToken();
        builder.Property(j => j.Gender).IsConcurrencyToken();
        builder.Property(j => j.Area).IsConcurrencyToken();
    }
}

internal sealed class FactorJudgementConfiguration : IEntityTypeConfiguration<FactorJudgement>
{
    public void Configure(EntityTypeBuilder<FactorJudgement> builder)
    {
        builder.ToTable("factor_judgements");
        builder.HasKey(j => new { j.AssessmentId, j.RiskFactorId });
        builder.Property(j => j.RiskFactorId).HasMaxLength(20);
        IndicatorJudgementConfiguration.MapFinding(builder);
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("evidence_items");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Target).HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Reference).HasMaxLength(2000);
        builder.Property(e => e.SourceType).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Reliability).HasConversion<string>().HasMaxLength(1);
        builder.Ignore(e => e.Grade);
        ConfidentialFields.Mark(builder.Property(e => e.SourceIdentity));
        builder.HasIndex(e => new { e.AssessmentId, e.Target });
    }
}

internal sealed class ResilienceRatingConfiguration : IEntityTypeConfiguration<ResilienceRating>
{
    public void Configure(EntityTypeBuilder<ResilienceRating> builder)
    {
        builder.ToTable("resilience_ratings");
        builder.HasKey(r => new { r.AssessmentId, r.DimensionId });
        builder.Property(r => r.DimensionId).HasMaxLength(10);
    }
}

internal sealed class AssessmentChangeConfiguration : IEntityTypeConfiguration<AssessmentChange>
{
    public void Configure(EntityTypeBuilder<AssessmentChange> builder)
    {
        builder.ToTable("assessment_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Action).HasMaxLength(50);
        builder.Property(c => c.Target).HasMaxLength(20);
        builder.HasIndex(c => new { c.AssessmentId, c.At });
    }
}

internal sealed class FrameworkRecordConfiguration : IEntityTypeConfiguration<FrameworkRecord>
{
    public void Configure(EntityTypeBuilder<FrameworkRecord> builder)
    {
        builder.ToTable("frameworks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FrameworkId).HasMaxLength(50);
        builder.Property(f => f.Version).HasMaxLength(50);
        builder.HasIndex(f => new { f.FrameworkId, f.Version }).IsUnique();
    }
}

internal sealed class FrameworkChoiceConfiguration : IEntityTypeConfiguration<FrameworkChoice>
{
    public void Configure(EntityTypeBuilder<FrameworkChoice> builder)
    {
        builder.ToTable("framework_choices");
        builder.HasKey(c => c.OrganizationId);
        builder.Property(c => c.FrameworkId).HasMaxLength(50);
        builder.Property(c => c.Version).HasMaxLength(50);
        builder.Property(c => c.ChosenBy).HasMaxLength(200);
    }
}
