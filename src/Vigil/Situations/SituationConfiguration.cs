using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Situations.Options;

namespace Vigil.Situations;

internal sealed class SituationConfiguration : IEntityTypeConfiguration<Situation>
{
    public void Configure(EntityTypeBuilder<Situation> builder)
    {
        builder.ToTable("situations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.CountryIso3).HasMaxLength(3);
        builder.Property(s => s.Areas).HasMaxLength(2000);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Summary).HasMaxLength(Situation.SummaryMaxLength);
        builder.Property(s => s.Owner).HasMaxLength(200);
        builder.Property(s => s.Lead).HasMaxLength(200);
        builder.Property(s => s.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.IsOpen);
        builder.Ignore(s => s.AreaList);
        builder.Ignore(s => s.History);
        builder.Ignore(s => s.LatestTrend);
        builder.HasIndex(s => new { s.CountryIso3, s.Status });
        builder.HasMany(s => s.Changes).WithOne().HasForeignKey(c => c.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Trends).WithOne().HasForeignKey(t => t.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Links).WithOne().HasForeignKey(l => l.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Reviews).WithOne().HasForeignKey(r => r.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Changes).HasField("_changes");
        builder.Navigation(s => s.Trends).HasField("_trends");
        builder.Navigation(s => s.Links).HasField("_links");
        builder.Navigation(s => s.Reviews).HasField("_reviews");
        builder.Navigation(s => s.Actions).HasField("_actions");
    }
}

internal sealed class SituationStatusChangeConfiguration : IEntityTypeConfiguration<SituationStatusChange>
{
    public void Configure(EntityTypeBuilder<SituationStatusChange> builder)
    {
        builder.ToTable("situation_status_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(Situation.ReasonMaxLength);
    }
}

internal sealed class SituationTrendMarkConfiguration : IEntityTypeConfiguration<SituationTrendMark>
{
    public void Configure(EntityTypeBuilder<SituationTrendMark> builder)
    {
        builder.ToTable("situation_trends");
        builder.HasKey(t => new { t.SituationId, t.Month });
        builder.Property(t => t.Trend).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.By).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(Situation.ReasonMaxLength);
    }
}

internal sealed class SituationLinkConfiguration : IEntityTypeConfiguration<SituationLink>
{
    public void Configure(EntityTypeBuilder<SituationLink> builder)
    {
        builder.ToTable("situation_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.By).HasMaxLength(200);
        builder.HasIndex(l => new { l.SituationId, l.Kind, l.TargetId }).IsUnique();
        builder.HasIndex(l => new { l.Kind, l.TargetId });
    }
}

internal sealed class SituationReviewConfiguration : IEntityTypeConfiguration<SituationReview>
{
    public void Configure(EntityTypeBuilder<SituationReview> builder)
    {
        builder.ToTable("situation_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.By).HasMaxLength(200);
        builder.Property(r => r.WhatChanged).HasMaxLength(Situation.ReasonMaxLength);
        builder.Property(r => r.Decision).HasMaxLength(Situation.ReasonMaxLength);
    }
}

internal sealed class PreventionActionConfiguration : IEntityTypeConfiguration<PreventionAction>
{
    public void Configure(EntityTypeBuilder<PreventionAction> builder)
    {
        builder.ToTable("situation_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.OptionId).HasMaxLength(50);
        builder.Property(a => a.Channel).HasMaxLength(200);
        builder.Property(a => a.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Description).HasMaxLength(PreventionAction.DescriptionMaxLength);
        builder.Property(a => a.CoordinatedWith).HasMaxLength(400);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Ignore(a => a.IsTaken);
        builder.HasMany(a => a.Commitments).WithOne().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Commitments).HasField("_commitments");
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("situation_commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(Commitment.TextMaxLength);
        builder.Property(c => c.Party).HasMaxLength(200);
        builder.Property(c => c.Implemented).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class OptionCatalogRecordConfiguration : IEntityTypeConfiguration<OptionCatalogRecord>
{
    public void Configure(EntityTypeBuilder<OptionCatalogRecord> builder)
    {
        builder.ToTable("prevention_option_catalogs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).HasMaxLength(50);
        builder.Property(r => r.SavedBy).HasMaxLength(200);
        builder.HasIndex(r => r.Version).IsUnique();
    }
}
