namespace Vigil.Security;

/// <summary>Gives a user of the admin's organisation another role; the organisation keeps an active admin.</summary>
public sealed class ChangeRole(UserAccounts accounts)
{
    public sealed record Request(Guid UserId, string Role);

    /// <summary>The user with the new role; null when there is no such user in the admin's organisation (404).</summary>
    public async Task<VigilUser?> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        var role = Roles.Parse(request.Role);
        if (await accounts.ManagedAsync(admin, request.UserId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.Role == role)
        {
            return user;
        }
        if (user.Role == Roles.Admin)
        {
            await accounts.KeepAnAdminAsync(admin, user, "role", cancellationToken);
        }
        user.Role = role;
        await accounts.UpdateAsync(user, "role");
        return user;
    }
}
