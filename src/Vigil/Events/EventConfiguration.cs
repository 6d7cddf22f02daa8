using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public const string Table = "events";

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Source).HasMaxLength(16).IsRequired();
        builder.Property(e => e.SourceId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.CountryIso3).HasMaxLength(3);
        builder.Property(e => e.CameoCode).HasMaxLength(4);
        builder.Property(e => e.CameoRoot).HasMaxLength(2);
        builder.HasIndex(e => new { e.Source, e.SourceId }).IsUnique();
        builder.HasIndex(e => new { e.CountryIso3, e.Month });
    }
}
