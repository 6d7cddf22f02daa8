namespace Vigil.Security;

/// <summary>Lets a disabled user of the admin's organisation sign in again; the sessions and tokens ended by disabling stay ended.</summary>
public sealed class EnableUser(UserAccounts accounts)
{
    public sealed record Request(Guid UserId);

    /// <summary>The user; null when there is no such user in the admin's organisation (404).</summary>
    public async Task<VigilUser?> RunAsync(Request request, Viewer admin, CancellationToken cancellationToken)
    {
        if (await accounts.ManagedAsync(admin, request.UserId, cancellationToken) is not { } user)
        {
            return null;
        }
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            await accounts.UpdateAsync(user, "id");
        }
        return user;
    }
}
