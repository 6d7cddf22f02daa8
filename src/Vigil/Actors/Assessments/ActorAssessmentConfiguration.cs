using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

internal sealed class ActorAssessmentConfiguration : IEntityTypeConfiguration<ActorAssessment>
{
    public void Configure(EntityTypeBuilder<ActorAssessment> builder)
    {
        builder.ToTable("actor_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Author).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ApprovedBy).HasMaxLength(200);
        builder.Property(a => a.FrameworkId).HasMaxLength(50).IsRequired();
        builder.Property(a => a.FrameworkVersion).HasMaxLength(50).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Classification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.ActorId, a.AsOf });
        builder.HasIndex(a => a.SeriesId);

        builder.HasMany(a => a.Judgements).WithOne().HasForeignKey(j => j.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Individuals).WithOne().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Judgements).HasField("_judgements");
        builder.Navigation(a => a.Evidence).HasField("_evidence");
        builder.Navigation(a => a.Individuals).HasField("_individuals");
        builder.Navigation(a => a.History).HasField("_history");
    }
}

internal sealed class ActorJudgementConfiguration : IEntityTypeConfiguration<ActorJudgement>
{
    public void Configure(EntityTypeBuilder<ActorJudgement> builder)
    {
        builder.ToTable("actor_judgements");
        builder.HasKey(j => new { j.AssessmentId, j.Target });
        builder.Property(j => j.Target).HasMaxLength(20);
        builder.Property(j => j.Standard).HasConversion<string>().HasMaxLength(30);
        IndicatorJudgementConfiguration.MapFinding(builder);
    }
}

internal sealed class ActorEvidenceConfiguration : IEntityTypeConfiguration<ActorEvidence>
{
    public void Configure(EntityTypeBuilder<ActorEvidence> builder)
    {
        builder.ToTable("actor_evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Target).HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Reference).HasMaxLength(2000);
        builder.Property(e => e.Reliability).HasConversion<string>().HasMaxLength(1);
        builder.Ignore(e => e.Grade);
        builder.HasIndex(e => new { e.AssessmentId, e.Target });
        builder.HasIndex(e => e.EventId);
    }
}

internal sealed class ActorIndividualConfiguration : IEntityTypeConfiguration<ActorIndividual>
{
    public void Configure(EntityTypeBuilder<ActorIndividual> builder)
    {
        builder.ToTable("actor_individuals");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        // Ciphertext is longer than the text it holds: no length limits on encrypted columns.
        ConfidentialFields.Mark(builder.Property(i => i.Name));
        ConfidentialFields.Mark(builder.Property(i => i.Role));
        ConfidentialFields.Mark(builder.Property(i => i.Notes));
        builder.HasIndex(i => i.AssessmentId);
    }
}

internal sealed class ActorAssessmentChangeConfiguration : IEntityTypeConfiguration<ActorAssessmentChange>
{
    public void Configure(EntityTypeBuilder<ActorAssessmentChange> builder)
    {
        builder.ToTable("actor_assessment_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Action).HasMaxLength(50);
        builder.Property(c => c.Target).HasMaxLength(20);
        builder.HasIndex(c => new { c.AssessmentId, c.At });
    }
}

internal sealed class ActorNamingConfiguration : IEntityTypeConfiguration<ActorNaming>
{
    public void Configure(EntityTypeBuilder<ActorNaming> builder)
    {
        builder.ToTable("actor_namings");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Standard).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.EvidenceIds).HasMaxLength(4000);
        builder.Property(n => n.DecidedBy).HasMaxLength(200);
        builder.Ignore(n => n.EvidenceIdList);
        builder.HasIndex(n => n.ActorId);
        builder.HasOne<ActorAssessment>().WithMany().HasForeignKey(n => n.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActorStandardSettingConfiguration : IEntityTypeConfiguration<ActorStandardSetting>
{
    public void Configure(EntityTypeBuilder<ActorStandardSetting> builder)
    {
        builder.ToTable("actor_standard_settings");
        builder.HasKey(s => s.OrganizationId);
        builder.Property(s => s.Required).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ChosenBy).HasMaxLength(200);
    }
}
