using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>Organisations, users and sharing: what `vigil users …`, `vigil orgs …` and the admin API do.</summary>
public sealed class AccountAdministration(VigilDb db, UserManager<VigilUser> users, TimeProvider time)
{
    /// <summary>The new password equals the current one (a temporary password kept is still a temporary password).</summary>
    public static readonly LocalizedText SamePassword = new(
        "The new password must differ from the current one.", "新密码不能与当前密码相同。");

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

    /// <summary>
    /// Adds a user; the organisation is created (as <paramref name="kindIfNew"/>) when it does not exist yet. The command
    /// line's add: the operator chose the password, so it is the user's own unless <paramref name="mustChangePassword"/>
    /// says it is a temporary one handed to someone else.
    /// </summary>
    public async Task<VigilUser> AddUserAsync(string email, string organizationName, string role, string password,
        OrganizationKind kindIfNew, CancellationToken cancellationToken, bool mustChangePassword = false)
    {
        role = Roles.Parse(role);
        var organization = await FindOrganizationAsync(organizationName, cancellationToken)
            ?? await AddOrganizationAsync(organizationName, kindIfNew, cancellationToken);
        return await CreateUserAsync(email, organization.Id, role, password, mustChangePassword);
    }

    /// <summary>
    /// An admin adds a person to their own organisation. Vigil makes the one-time password (there is no default
    /// password); the caller shows it once and never stores it.
    /// </summary>
    public async Task<(VigilUser User, string TemporaryPassword)> AddMemberAsync(Viewer admin, string email, string role, CancellationToken cancellationToken)
    {
        role = Roles.Parse(role);
        if (!await db.Organizations.AnyAsync(o => o.Id == admin.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("organization", new LocalizedText(
                "You belong to no organisation: add users with `vigil users add --org`.", "您不属于任何组织：请使用 `vigil users add --org` 添加用户。"));
        }
        var password = GeneratePassword();
        return (await CreateUserAsync(email, admin.OrganizationId, role, password, mustChangePassword: true), password);
    }

    /// <summary>The users <paramref name="admin"/> manages — their own organisation's (the command line: everyone's) — by e-mail.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(Viewer admin, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => admin.IsSystem || u.OrganizationId == admin.OrganizationId)
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id,
                (u, o) => new { u.Id, u.Email, u.Role, Organization = o.Name, u.DisabledAt, u.LockoutEnd, u.MustChangePassword, u.LastSignInAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. rows
            .Select(r => new UserSummary(r.Id, r.Email ?? "", r.Role, r.Organization, UserSummary.StateOf(r.DisabledAt, r.LockoutEnd, now), r.DisabledAt, r.LockoutEnd,
                r.MustChangePassword, r.LastSignInAt))
            .OrderBy(r => r.Organization, StringComparer.Ordinal).ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Gives a user of the admin's organisation another role; null when there is no such user there (404).</summary>
    public async Task<VigilUser?> ChangeRoleAsync(Viewer admin, Guid userId, string role, CancellationToken cancellationToken)
    {
        role = Roles.Parse(role);
        if (await ManagedUserAsync(admin, userId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Role == role)
        {
            return user;
        }
        if (user.Role == Roles.Admin)
        {
            await KeepAnAdminAsync(admin, user, "role", cancellationToken);
        }
        user.Role = role;
        Succeeded(await users.UpdateAsync(user), "role");
        return user;
    }

    /// <summary>
    /// Replaces the password of a user of the admin's organisation with a new temporary one, shown once (a lost or
    /// forgotten password), unlocks the account and ends the user's sessions and tokens; null when there is no such user
    /// there (404). An admin changes their own password on the password page, which asks for the current one.
    /// </summary>
    public async Task<(VigilUser User, string TemporaryPassword)?> ResetPasswordAsync(Viewer admin, Guid userId, CancellationToken cancellationToken)
    {
        if (await ManagedUserAsync(admin, userId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Id == admin.UserId)
        {
            throw new DomainRuleException("id", new LocalizedText(
                "Change your own password under \"Change password\", which asks for the current one.", "请在“修改密码”中更改您自己的密码（需要输入当前密码）。"), conflict: true);
        }
        var password = GeneratePassword();
        // Both steps give the user a new security stamp: their sessions and tokens end. The flag is saved with the first.
        user.MustChangePassword = true;
        Succeeded(await users.RemovePasswordAsync(user), "id");
        Succeeded(await users.AddPasswordAsync(user, password), "id");
        Succeeded(await users.ResetAccessFailedCountAsync(user), "id");
        Succeeded(await users.SetLockoutEndDateAsync(user, null), "id");
        return (user, password);
    }

    /// <summary>The command line's disable: any user, by e-mail.</summary>
    public async Task<VigilUser> DisableUserAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim()) ?? throw new DomainRuleException("email", $"No user with e-mail {email}.");
        await DisableAsync(user, cancellationToken);
        return user;
    }

    /// <summary>
    /// Disables a user of the admin's organisation and ends their sessions, tokens and keys; null when there is no
    /// such user there (404). Nobody disables themselves, and an organisation keeps an active admin.
    /// </summary>
    public async Task<VigilUser?> DisableUserAsync(Viewer admin, Guid userId, CancellationToken cancellationToken)
    {
        if (await ManagedUserAsync(admin, userId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Id == admin.UserId)
        {
            throw new DomainRuleException("id", new LocalizedText(
                "You cannot disable your own account: another admin of your organisation can.", "不能停用自己的账户：请由本组织的另一位管理员操作。"), conflict: true);
        }
        if (user.Role == Roles.Admin)
        {
            await KeepAnAdminAsync(admin, user, "id", cancellationToken);
        }
        await DisableAsync(user, cancellationToken);
        return user;
    }

    /// <summary>Lets a disabled user of the admin's organisation sign in again; the sessions and tokens ended by disabling stay ended.</summary>
    public async Task<VigilUser?> EnableUserAsync(Viewer admin, Guid userId, CancellationToken cancellationToken)
    {
        if (await ManagedUserAsync(admin, userId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            Succeeded(await users.UpdateAsync(user), "id");
        }
        return user;
    }

    /// <summary>
    /// A user changes their own password (the current one is asked for); this is the only way the "must change password"
    /// flag of a temporary password is cleared. The new password must differ from the current one.
    /// </summary>
    public async Task<IdentityResult> ChangeOwnPasswordAsync(VigilUser user, string currentPassword, string newPassword)
    {
        if (currentPassword == newPassword)
        {
            return IdentityResult.Failed(new IdentityError { Code = "SamePassword", Description = SamePassword.Current });
        }
        var flagged = user.MustChangePassword;
        // Cleared before the change so the one update that stores the new hash stores the flag too (one audit entry).
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = flagged;
        }
        return result;
    }

    /// <summary>Stores the time of a successful sign-in (a browser session or a bearer token).</summary>
    public async Task RecordSignInAsync(VigilUser user)
    {
        user.LastSignInAt = time.GetUtcNow().UtcDateTime;
        Succeeded(await users.UpdateAsync(user), "email");
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
        return new Viewer(user.Id, user.Email ?? user.UserName ?? "", user.OrganizationId, user.Role, sharing) { MustChangePassword = user.MustChangePassword };
    }

    /// <summary>A password for the demo admin and for users an admin adds: 24 random characters, shown once.</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');

    private async Task<VigilUser> CreateUserAsync(string email, Guid organizationId, string role, string password, bool mustChangePassword)
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
                "DuplicateEmail" or "DuplicateUserName" => new DomainRuleException("email", new LocalizedText(
                    $"A user with e-mail {trimmed} exists already.", $"电子邮件为 {trimmed} 的用户已存在。"), conflict: true),
                "InvalidEmail" or "InvalidUserName" => new DomainRuleException("email", new LocalizedText(
                    $"'{trimmed}' is not an e-mail address.", $"“{trimmed}”不是有效的电子邮件地址。")),
                _ => new DomainRuleException(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email",
                    string.Join(" ", result.Errors.Select(e => e.Description))),
            };
        }
        return user;
    }

    /// <summary>The user if <paramref name="admin"/> may manage them: of the admin's organisation, or anyone for the command line.</summary>
    private async Task<VigilUser?> ManagedUserAsync(Viewer admin, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is not null && (admin.IsSystem || user.OrganizationId == admin.OrganizationId) ? user : null;
    }

    /// <summary>
    /// An organisation's admins manage its people, so one of them must stay an active admin. The command line is
    /// exempt: it is how an operator recovers (it can add an admin to any organisation).
    /// </summary>
    private async Task KeepAnAdminAsync(Viewer admin, VigilUser leaving, string field, CancellationToken cancellationToken)
    {
        if (admin.IsSystem || leaving.DisabledAt is not null)
        {
            return;
        }
        var another = await db.Users.AnyAsync(u => u.OrganizationId == leaving.OrganizationId && u.Id != leaving.Id
            && u.Role == Roles.Admin && u.DisabledAt == null, cancellationToken);
        if (!another)
        {
            throw new DomainRuleException(field, new LocalizedText(
                $"{leaving.Email} is the last active admin of the organisation: make another member admin first.",
                $"{leaving.Email} 是本组织最后一位在职管理员：请先将另一位成员设为管理员。"), conflict: true);
        }
    }

    private async Task DisableAsync(VigilUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        user.DisabledAt ??= now;
        // Keys are revoked, not just refused while disabled, so that enabling the user again does not revive them.
        foreach (var key in await db.ApiKeys.Where(k => k.UserId == user.Id && k.RevokedAt == null).ToListAsync(cancellationToken))
        {
            key.Revoke(now);
        }
        Succeeded(await users.UpdateAsync(user), "id");
        // A new stamp invalidates every token and cookie the user holds.
        Succeeded(await users.UpdateSecurityStampAsync(user), "id");
    }

    private static void Succeeded(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new DomainRuleException(field, string.Join(" ", result.Errors.Select(e => e.Description)), conflict: true);
        }
    }
}
