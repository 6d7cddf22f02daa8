using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Events.Browse;

internal sealed class EventPlaceConfiguration : IEntityTypeConfiguration<EventPlace>
{
    public const string Table = "event_places";

    public void Configure(EntityTypeBuilder<EventPlace> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(p => new { p.CountryIso3, p.Source, p.Month, p.Longitude, p.Latitude, p.Place });
        builder.Property(p => p.CountryIso3).HasMaxLength(3);
        builder.Property(p => p.Source).HasMaxLength(16);
    }
}
