using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// What the user use cases share: creating an account, finding a user an admin may manage, keeping an organisation an
/// active admin, revoking a user's API keys, storing a change through ASP.NET Core Identity, and making a one-time password.
/// </summary>
public sealed class UserAccounts(VigilDb db, UserManager<VigilUser> users)
{
    /// <summary>A password for the demo admin and for users an admin adds: 24 random characters, shown once.</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');

    public async Task<VigilUser> CreateAsync(string email, Guid organizationId, string role, string password, bool mustChangePassword)
    {
        var user = new VigilUser
        {
            UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, OrganizationId = organizationId, Role = role,
            MustChangePassword = mustChangePassword,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var error = result.Errors.First();
            var trimmed = email.Trim();
            throw error.Code switch
            {
                "DuplicateEmail" or "DuplicateUserName" => new DomainRuleException("email", new ResourceText(
                    SecurityDomainText.ResourceManager, nameof(SecurityDomainText.EmailTaken), trimmed), conflict: true),
                "InvalidEmail" or "InvalidUserName" => new DomainRuleException("email", new ResourceText(
                    SecurityDomainText.ResourceManager, nameof(SecurityDomainText.NotAnEmail), trimmed)),
                _ => new DomainRuleException(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email",
                    string.Join(" ", result.Errors.Select(e => e.Description))),
            };
        }
        return user;
    }

    /// <summary>The user if <paramref name="admin"/> may manage them: of the admin's organisation, or anyone for the command line.</summary>
    public async Task<VigilUser?> ManagedAsync(Viewer admin, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is not null && (admin.IsSystem || user.OrganizationId == admin.OrganizationId) ? user : null;
    }

    /// <summary>
    /// An organisation's admins manage its people, so one of them must stay an active admin. The command line is
    /// exempt: it is how an operator recovers (it can add an admin to any organisation).
    /// </summary>
    public async Task KeepAnAdminAsync(Viewer admin, VigilUser leaving, string field, CancellationToken cancellationToken)
    {
        if (admin.IsSystem || leaving.DisabledAt is not null)
        {
            return;
        }
        var another = await db.Users.AnyAsync(u => u.OrganizationId == leaving.OrganizationId && u.Id != leaving.Id
            && u.Role == Roles.Admin && u.DisabledAt == null, cancellationToken);
        if (!another)
        {
            throw new DomainRuleException(field, new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.LastAdmin), leaving.Email), conflict: true);
        }
    }

    /// <summary>
    /// Marks every active API key of the user revoked (saved with the next save of this unit of work): a new security stamp
    /// ends sessions and tokens but not keys, so a disable, a reset or a password change revokes them too.
    /// </summary>
    public async Task RevokeKeysAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var key in await db.ApiKeys.Where(k => k.UserId == userId && k.RevokedAt == null).ToListAsync(cancellationToken))
        {
            key.Revoke(now);
        }
    }

    /// <summary>Stores the changed user; a refusal by Identity is a conflict on <paramref name="field"/>.</summary>
    public async Task UpdateAsync(VigilUser user, string field) => Succeeded(await users.UpdateAsync(user), field);

    public static void Succeeded(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new DomainRuleException(field, string.Join(" ", result.Errors.Select(e => e.Description)), conflict: true);
        }
    }
}
