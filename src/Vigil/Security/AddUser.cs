namespace Vigil.Security;

/// <summary>
/// The command line's add: a user of any organisation, which is created (as <see cref="Request.KindIfNew"/>) when it does not
/// exist yet. The operator chose the password, so it is the user's own unless <see cref="Request.MustChangePassword"/> says it
/// is a temporary one handed to someone else.
/// </summary>
public sealed class AddUser(UserAccounts accounts, AddOrganization addOrganization)
{
    public sealed record Request(string Email, string OrganizationName, string Role, string Password, OrganizationKind KindIfNew,
        bool MustChangePassword = false);

    public async Task<VigilUser> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var role = Roles.Parse(request.Role);
        var organization = await addOrganization.FindOrRunAsync(new AddOrganization.Request(request.OrganizationName, request.KindIfNew), cancellationToken);
        return await accounts.CreateAsync(request.Email, organization.Id, role, request.Password, request.MustChangePassword);
    }
}
