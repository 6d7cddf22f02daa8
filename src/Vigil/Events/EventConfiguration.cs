using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public const string Table = "events";
    public const string UpdateTrigger = "events_months_update";
    public const string DeleteTrigger = "events_months_delete";

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        // The triggers keeping event_months in step (migration EventMonths); declared so EF Core does not use RETURNING on this table.
        builder.ToTable(Table, t =>
        {
            t.HasTrigger(UpdateTrigger);
            t.HasTrigger(DeleteTrigger);
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Source).HasMaxLength(16).IsRequired();
        builder.Property(e => e.SourceId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.CountryIso3).HasMaxLength(3);
        builder.Property(e => e.CameoCode).HasMaxLength(4);
        builder.Property(e => e.CameoRoot).HasMaxLength(2);
        builder.HasIndex(e => new { e.Source, e.SourceId }).IsUnique();
        // The map's month range, and the event table's date orders (by month first: see EventSearch.Sort).
        builder.HasIndex(e => new { e.CountryIso3, e.Month });
        // IX_events_deadliest, the fatalities order of the events with at least EventSearch.Deadliest deaths, is a partial
        // index on an expression, which EF Core cannot declare: migration Initial creates it in SQL (InitialHandWrittenSql).
        // Events dated only to a span longer than a month, which series spread one by one (a few percent of GED's).
        // With the month, so the planner finds them here in series order (month, id) rather than through (country, month).
        builder.HasIndex(e => new { e.CountryIso3, e.Source, e.Month }).HasDatabaseName("IX_events_spread").HasFilter("\"DatePrecision\" = 5");
    }
}
