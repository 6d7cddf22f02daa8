using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Organisations, users and sharing: what `vigil users …`, `vigil orgs …` and the admin API do.</summary>
public sealed class AccountAdministration(VigilDb db, UserManager<VigilUser> users, TimeProvider time)
{
    public async Task<Organization> AddOrganizationAsync(string name, OrganizationKind kind, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.Name == name.Trim(), cancellationToken))
        {
            throw new DomainRuleException("name", $"An organisation named '{name.Trim()}' exists already.", conflict: true);
        }
        var organization = new Organization(name, kind, time.GetUtcNow().UtcDateTime);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    public Task<Organization?> FindOrganizationAsync(string name, CancellationToken cancellationToken) =>
        db.Organizations.FirstOrDefaultAsync(o => o.Name == name.Trim(), cancellationToken);

    /// <summary>Adds a user; the organisation is created (as <paramref name="kindIfNew"/>) when it does not exist yet.</summary>
    public async Task<VigilUser> AddUserAsync(string email, string organizationName, string role, string password,
        OrganizationKind kindIfNew, CancellationToken cancellationToken)
    {
        role = Roles.Parse(role);
        var organization = await FindOrganizationAsync(organizationName, cancellationToken)
            ?? await AddOrganizationAsync(organizationName, kindIfNew, cancellationToken);
        var user = new VigilUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, OrganizationId = organization.Id, Role = role };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
            throw new DomainRuleException(field, string.Join(" ", result.Errors.Select(e => e.Description)), conflict: error.Code.StartsWith("Duplicate", StringComparison.Ordinal));
        }
        return user;
    }

    public async Task<VigilUser> DisableUserAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim()) ?? throw new DomainRuleException("email", $"No user with e-mail {email}.");
        user.DisabledAt ??= time.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        // A new stamp invalidates every token and cookie the user holds.
        await users.UpdateSecurityStampAsync(user);
        return user;
    }

    public async Task ShareAsync(string ownerName, string partnerName, CancellationToken cancellationToken)
    {
        var owner = await FindOrganizationAsync(ownerName, cancellationToken) ?? throw new DomainRuleException("owner", $"No organisation named '{ownerName}'.");
        var partner = await FindOrganizationAsync(partnerName, cancellationToken) ?? throw new DomainRuleException("partner", $"No organisation named '{partnerName}'.");
        if (!await db.OrganizationShares.AnyAsync(s => s.OwnerId == owner.Id && s.PartnerId == partner.Id, cancellationToken))
        {
            db.OrganizationShares.Add(new OrganizationShare(owner.Id, partner.Id, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The viewer for a signed-in user: role, organisation, and who shares with it. Null when the
    /// user is gone or disabled, or when <paramref name="securityStamp"/> no longer matches (the
    /// session or token was revoked by a password change, a revocation or disabling).
    /// </summary>
    public async Task<Viewer?> ViewerForAsync(Guid userId, string? securityStamp, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.DisabledAt is not null || securityStamp != user.SecurityStamp)
        {
            return null;
        }
        var sharing = await db.OrganizationShares.AsNoTracking().Where(s => s.PartnerId == user.OrganizationId).Select(s => s.OwnerId).ToListAsync(cancellationToken);
        return new Viewer(user.Id, user.Email ?? user.UserName ?? "", user.OrganizationId, user.Role, sharing);
    }

    /// <summary>A password for the demo admin: 24 random characters, shown once.</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}
