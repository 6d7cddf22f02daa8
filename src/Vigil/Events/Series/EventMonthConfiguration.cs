using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Events.Series;

internal sealed class EventMonthConfiguration : IEntityTypeConfiguration<EventMonth>
{
    public const string Table = "event_months";

    public void Configure(EntityTypeBuilder<EventMonth> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => new { m.CountryIso3, m.Source, m.Admin1, m.Month, m.Spread, m.ActorType, m.ActorName });
        builder.Property(m => m.CountryIso3).HasMaxLength(3);
        builder.Property(m => m.Source).HasMaxLength(16);
        builder.Property(m => m.ActorName).HasMaxLength(ActorTypes.NameLength);
    }
}
