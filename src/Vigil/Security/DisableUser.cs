using Microsoft.AspNetCore.Identity;

namespace Vigil.Security;

/// <summary>
/// Disables a user and ends their sessions, tokens and keys: an admin disables a user of their organisation (never themselves, and
/// the organisation keeps an active admin); the command line disables anyone, by e-mail.
/// </summary>
public sealed class DisableUser(UserAccounts accounts, UserManager<VigilUser> users, TimeProvider time)
{
    public sealed record Request(Guid UserId);

    /// <summary>The command line's disable: any user, by e-mail.</summary>
    public sealed record ByEmail(string Email);

    /// <summary>The disabled user; null when there is no such user in the admin's organisation (404).</summary>
    public async Task<VigilUser?> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        if (await accounts.ManagedAsync(admin, request.UserId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Id == admin.UserId)
        {
            throw new DomainRuleException("id", new ResourceText(SecurityDomainText.ResourceManager, nameof(SecurityDomainText.DisableOwnAccount)), conflict: true);
        }
        if (user.Role == Roles.Admin)
        {
            await accounts.KeepAnAdminAsync(admin, user, "id", cancellationToken);
        }
        await DisableAsync(user, cancellationToken);
        return user;
    }

    public async Task<VigilUser> RunAsync(ByEmail request, CancellationToken cancellationToken)
    {
        var email = request.Email;
        var user = await users.FindByEmailAsync(email.Trim()) ?? throw new DomainRuleException("email", $"No user with e-mail {email}.");
        await DisableAsync(user, cancellationToken);
        return user;
    }

    private async Task DisableAsync(VigilUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        user.DisabledAt ??= now;
        // Keys are revoked, not just refused while disabled, so that enabling the user again does not revive them.
        await accounts.RevokeKeysAsync(user.Id, now, cancellationToken);
        await accounts.UpdateAsync(user, "id");
        // A new stamp invalidates every token and cookie the user holds.
        UserAccounts.Succeeded(await users.UpdateSecurityStampAsync(user), "id");
    }
}
