using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Security's tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class SecurityTables
{
    extension(VigilDb db)
    {
        public DbSet<VigilUser> Users => db.Set<VigilUser>();
        public DbSet<IdentityUserClaim<Guid>> UserClaims => db.Set<IdentityUserClaim<Guid>>();
        public DbSet<IdentityUserLogin<Guid>> UserLogins => db.Set<IdentityUserLogin<Guid>>();
        public DbSet<IdentityUserToken<Guid>> UserTokens => db.Set<IdentityUserToken<Guid>>();
        public DbSet<Organization> Organizations => db.Set<Organization>();
        public DbSet<OrganizationShare> OrganizationShares => db.Set<OrganizationShare>();
        public DbSet<AuditEntry> AuditLog => db.Set<AuditEntry>();
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}
