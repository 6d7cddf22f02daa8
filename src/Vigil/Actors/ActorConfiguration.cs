using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Actors;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ToTable("actors");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Actor.NameMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Classification).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CountryIso3).HasMaxLength(3);
        builder.Property(a => a.MergedBy).HasMaxLength(200);
        builder.Ignore(a => a.IsMerge);
        // One derived entry per identity in each organisation's register.
        builder.HasIndex(a => new { a.OrganizationId, a.IdentityId }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.CountryIso3 });
        builder.HasIndex(a => a.MergedIntoId);
        builder.HasOne<ActorIdentity>().WithMany().HasForeignKey(a => a.IdentityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActorIdentityConfiguration : IEntityTypeConfiguration<ActorIdentity>
{
    public void Configure(EntityTypeBuilder<ActorIdentity> builder)
    {
        builder.ToTable("actor_identities");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedOnAdd();
        builder.Property(i => i.Source).HasMaxLength(16);
        builder.Property(i => i.SourceActorId).HasMaxLength(Actor.NameMaxLength);
        builder.Property(i => i.Name).HasMaxLength(Actor.NameMaxLength);
        builder.Property(i => i.CountryIso3).HasMaxLength(3);
        builder.Property(i => i.SuggestedKind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(i => new { i.Source, i.SourceActorId }).IsUnique();
    }
}

internal sealed class ActorMonthConfiguration : IEntityTypeConfiguration<ActorMonth>
{
    public void Configure(EntityTypeBuilder<ActorMonth> builder)
    {
        builder.ToTable("actor_months");
        builder.HasKey(m => new { m.IdentityId, m.CountryIso3, m.Month });
        builder.Property(m => m.CountryIso3).HasMaxLength(3);
        // The register of a country: which identities acted there.
        builder.HasIndex(m => new { m.CountryIso3, m.IdentityId });
        builder.HasOne<ActorIdentity>().WithMany().HasForeignKey(m => m.IdentityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActorAffiliationConfiguration : IEntityTypeConfiguration<ActorAffiliation>
{
    public void Configure(EntityTypeBuilder<ActorAffiliation> builder)
    {
        builder.ToTable("actor_affiliations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.HasIndex(a => a.ActorId);
        builder.HasIndex(a => a.RelatedActorId);
        builder.HasOne<Actor>().WithMany().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(a => a.RelatedActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
