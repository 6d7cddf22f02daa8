using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Alerts;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> builder)
    {
        builder.ToTable("signals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Origin).HasMaxLength(20);
        builder.Property(s => s.DataSource).HasMaxLength(20);
        builder.Property(s => s.CountryIso3).HasMaxLength(3);
        builder.Property(s => s.Admin1).HasMaxLength(200);
        builder.Property(s => s.Measure).HasMaxLength(40);
        builder.Property(s => s.Indicators).HasMaxLength(200);
        builder.Property(s => s.Severity).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.Origin, s.DataSource, s.CountryIso3, s.Admin1, s.Period, s.Measure }).IsUnique();
        builder.HasIndex(s => new { s.CountryIso3, s.Period });
    }
}
