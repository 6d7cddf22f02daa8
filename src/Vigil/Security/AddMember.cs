using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// An admin adds a person to their own organisation. Vigil makes the one-time password (there is no default
/// password); the caller shows it once and never stores it.
/// </summary>
public sealed class AddMember(VigilDb db, UserAccounts accounts)
{
    public sealed record Request(string Email, string Role);

    public async Task<(VigilUser User, string TemporaryPassword)> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        var role = Roles.Parse(request.Role);
        if (!await db.Organizations.AnyAsync(o => o.Id == admin.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("organization", new LocalizedText(
                "You belong to no organisation: add users with `vigil users add --org`.", "您不属于任何组织：请使用 `vigil users add --org` 添加用户。"));
        }
        var password = UserAccounts.GeneratePassword();
        return (await accounts.CreateAsync(request.Email, admin.OrganizationId, role, password, mustChangePassword: true), password);
    }
}
