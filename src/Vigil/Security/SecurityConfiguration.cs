using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Security;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class OrganizationShareConfiguration : IEntityTypeConfiguration<OrganizationShare>
{
    public void Configure(EntityTypeBuilder<OrganizationShare> builder)
    {
        builder.ToTable("organization_shares");
        builder.HasKey(s => new { s.OwnerId, s.PartnerId });
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.Property(a => a.RecordType).HasMaxLength(100);
        builder.Property(a => a.RecordId).HasMaxLength(200);
        builder.Property(a => a.RecordClassification).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.RecordType, a.RecordId });
        // The reads an admin's filter makes (AuditAccess): one branch per classification with its owners, one for the
        // actor's organisation, each newest first.
        builder.HasIndex(a => new { a.RecordClassification, a.RecordOrganizationId, a.At });
        builder.HasIndex(a => new { a.ActorOrganizationId, a.At });
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Hint).HasMaxLength(10);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<VigilUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The user tables of ASP.NET Core Identity as its IdentityUserContext maps them (schema version 1, users without roles,
/// no key length limit, personal data not protected), written here so that VigilDb need not derive from it and Storage
/// need not know <see cref="VigilUser"/>. Identity's stores (UserOnlyStore) work on any context holding these entities.
/// </summary>
internal sealed class VigilUserConfiguration : IEntityTypeConfiguration<VigilUser>
{
    public void Configure(EntityTypeBuilder<VigilUser> builder)
    {
        builder.ToTable("AspNetUsers");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256);
        builder.Property(u => u.Email).HasMaxLength(256);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(256);
        builder.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        builder.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        builder.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();

        builder.Property(u => u.Role).HasMaxLength(20);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder)
    {
        builder.ToTable("AspNetUserClaims");
        builder.HasKey(c => c.Id);
    }
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder)
    {
        builder.ToTable("AspNetUserLogins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder)
    {
        builder.ToTable("AspNetUserTokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
    }
}
