using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Situations.Cases;

internal sealed class PreventionCaseConfiguration : IEntityTypeConfiguration<PreventionCase>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<PreventionCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CountryIso3).HasMaxLength(3);
        builder.Property(c => c.TitleEn).HasMaxLength(PreventionCase.TitleMax);
        builder.Property(c => c.TitleZh).HasMaxLength(PreventionCase.TitleMax);
        builder.Property(c => c.SummaryEn).HasMaxLength(PreventionCase.SummaryMax);
        builder.Property(c => c.SummaryZh).HasMaxLength(PreventionCase.SummaryMax);
        builder.Property(c => c.PeriodStart).HasMaxLength(10);
        builder.Property(c => c.PeriodEnd).HasMaxLength(10);
        builder.Property(c => c.Outcome).HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.Classification).HasConversion<string>().HasMaxLength(20);
        // The parts of a case are read and written with the case, never queried on their own: JSON text on both providers.
        JsonList(builder.Property(c => c.Timeline));
        JsonList(builder.Property(c => c.Options));
        JsonList(builder.Property(c => c.Actors));
        JsonList(builder.Property(c => c.Factors));
        JsonList(builder.Property(c => c.Sources));
        builder.Ignore(c => c.Title);
        builder.Ignore(c => c.Summary);
        // Indexed by hand in the migration Cases: an FTS5 trigram table on SQLite, a pg_trgm GIN index on PostgreSQL.
        builder.Property(c => c.SearchText);
        builder.HasIndex(c => c.CountryIso3);
        builder.HasIndex(c => c.SourceSituationId);
    }

    private static void JsonList<T>(PropertyBuilder<List<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<T>>(v, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json) ?? new List<T>()))
            .IsRequired();
}
