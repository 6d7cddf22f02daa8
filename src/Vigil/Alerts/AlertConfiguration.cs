using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CountryIso3).HasMaxLength(3);
        builder.Property(a => a.Admin1).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(400);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => new { a.Status, a.UpdatedAt });
        builder.HasIndex(a => new { a.RuleId, a.CountryIso3, a.Admin1 });
        builder.HasMany(a => a.History).WithOne().HasForeignKey(t => t.AlertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Signals).WithOne().HasForeignKey(s => s.AlertId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.History).HasField("_history");
        builder.Navigation(a => a.Signals).HasField("_signals");
    }
}

internal sealed class AlertTransitionConfiguration : IEntityTypeConfiguration<AlertTransition>
{
    public void Configure(EntityTypeBuilder<AlertTransition> builder)
    {
        builder.ToTable("alert_transitions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.By).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(Alert.NoteMaxLength);
        builder.Property(t => t.NoteClassification).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class AlertSignalConfiguration : IEntityTypeConfiguration<AlertSignal>
{
    public void Configure(EntityTypeBuilder<AlertSignal> builder)
    {
        builder.ToTable("alert_signals");
        builder.HasKey(s => new { s.AlertId, s.SignalId });
        builder.HasIndex(s => s.SignalId);
    }
}

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> builder)
    {
        builder.ToTable("alert_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Origin).HasMaxLength(20);
        builder.Property(r => r.Measure).HasMaxLength(40);
        builder.Property(r => r.Countries).HasMaxLength(2000);
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.Property(r => r.MinimumSeverity).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class AlertReadConfiguration : IEntityTypeConfiguration<AlertRead>
{
    public void Configure(EntityTypeBuilder<AlertRead> builder)
    {
        builder.ToTable("alert_reads");
        builder.HasKey(r => new { r.AlertId, r.UserId });
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Alert>().WithMany().HasForeignKey(r => r.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
