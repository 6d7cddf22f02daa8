using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Reports.Verification;

internal sealed class ReportReviewConfiguration : IEntityTypeConfiguration<ReportReview>
{
    public void Configure(EntityTypeBuilder<ReportReview> builder)
    {
        builder.ToTable("report_reviews");
        builder.HasKey(r => r.ReportId);
        builder.Property(r => r.ReportId).ValueGeneratedNever();
        builder.HasOne<FieldReport>().WithOne().HasForeignKey<ReportReview>(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StatusBeforeMerge).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(ReportReview.ReasonMaxLength);
        builder.Property(r => r.Reliability).HasConversion<string>().HasMaxLength(1);
        builder.Property(r => r.DecidedBy).HasMaxLength(ReportReview.NameMaxLength);
        builder.Property(r => r.ClaimedBy).HasMaxLength(ReportReview.NameMaxLength);
        builder.Ignore(r => r.Grade);
        builder.HasIndex(r => r.DuplicateOfId);
        builder.HasMany(r => r.Corroborations).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Corroborations).HasField("_corroborations");
    }
}

internal sealed class ReportCorroborationConfiguration : IEntityTypeConfiguration<ReportCorroboration>
{
    public void Configure(EntityTypeBuilder<ReportCorroboration> builder)
    {
        builder.ToTable("report_corroborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Target).HasMaxLength(ReportCorroboration.TargetMaxLength);
        builder.Property(c => c.Note).HasMaxLength(ReportCorroboration.NoteMaxLength);
        builder.Property(c => c.By).HasMaxLength(ReportReview.NameMaxLength);
    }
}
