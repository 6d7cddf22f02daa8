using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Forecasting;

internal sealed class ForecastRunConfiguration : IEntityTypeConfiguration<ForecastRun>
{
    public void Configure(EntityTypeBuilder<ForecastRun> builder)
    {
        builder.ToTable("forecast_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Model).HasMaxLength(50).IsRequired();
        builder.Property(r => r.DataSource).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Classification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.CreatedAt);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).HasField("_entries");
    }
}

internal sealed class ForecastEntryConfiguration : IEntityTypeConfiguration<ForecastEntry>
{
    public void Configure(EntityTypeBuilder<ForecastEntry> builder)
    {
        builder.ToTable("forecast_entries");
        builder.HasKey(e => new { e.RunId, e.EwpName });
        builder.Property(e => e.EwpName).HasMaxLength(200);
        builder.Property(e => e.Iso3).HasMaxLength(3);
        builder.Property(e => e.RaisingJson).IsRequired();
        builder.Property(e => e.LoweringJson).IsRequired();
        builder.Property(e => e.ContributionsJson).IsRequired().HasDefaultValue("[]");
        builder.Ignore(e => e.RaisingRisk);
        builder.Ignore(e => e.LoweringRisk);
        builder.Ignore(e => e.Contributions);
        builder.Ignore(e => e.RaisingForAnalyst);
        builder.Ignore(e => e.LoweringForAnalyst);
        builder.Ignore(e => e.TimeTrend);
        builder.HasIndex(e => e.Iso3);
    }
}
