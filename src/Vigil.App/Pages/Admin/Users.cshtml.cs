using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Admin;

/// <summary>
/// Admin-only: the people of the admin's own organisation; add one (the generated temporary password shown once),
/// change a role, disable and enable. The rules live in the use cases (<see cref="AddMember"/>, <see cref="ChangeRole"/>, …); another organisation's
/// user answers 404.
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
public sealed class UsersModel(ListUsers listUsers, VigilDb db) : VigilPageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    /// <summary>Set only in the response to a successful add or reset: the one time the temporary password is shown.</summary>
    public (string Email, string Role, string Password)? Created { get; private set; }

    /// <summary>Whether <see cref="Created"/> is a reset password rather than a new user.</summary>
    public bool Reset { get; private set; }

    /// <summary>The field a broken rule names ("email", "role", "id"), and for row actions the user it was about.</summary>
    public string? ErrorField { get; private set; }

    public Guid? ErrorUser { get; private set; }

    public sealed class UserInput
    {
        public string? Email { get; set; }

        public string? Role { get; set; }
    }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync([FromServices] AddMember addMember, CancellationToken cancellationToken)
    {
        try
        {
            var (user, password) = await addMember.RunAsync(new(Input.Email ?? "", Input.Role ?? ""), Viewer, cancellationToken);
            Created = (user.Email ?? "", user.Role, password);
        }
        catch (DomainRuleException broken)
        {
            return await RuleBrokenAsync(broken, null, cancellationToken);
        }
        // The password is in this response only: answered directly (no redirect, no TempData cookie); ViewerMiddleware keeps it out of caches.
        Input = new UserInput();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, string? role, [FromServices] ChangeRole changeRole, CancellationToken cancellationToken)
    {
        try
        {
            if (await changeRole.RunAsync(new(id, role ?? ""), Viewer, cancellationToken) is not { } user)
            {
                return NotFoundPage();
            }
            Notice = Localized.Format(AdminText.RoleChanged, user.Email, RoleName(user.Role));
        }
        catch (DomainRuleException broken)
        {
            return await RuleBrokenAsync(broken, id, cancellationToken);
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, [FromServices] DisableUser disableUser, CancellationToken cancellationToken)
    {
        try
        {
            if (await disableUser.RunAsync(new DisableUser.Request(id), Viewer, cancellationToken) is not { } user)
            {
                return NotFoundPage();
            }
            Notice = Localized.Format(AdminText.Disabled, user.Email);
        }
        catch (DomainRuleException broken)
        {
            return await RuleBrokenAsync(broken, id, cancellationToken);
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id, [FromServices] ResetPassword resetPassword, CancellationToken cancellationToken)
    {
        try
        {
            if (await resetPassword.RunAsync(new(id), Viewer, cancellationToken) is not var (user, password))
            {
                return NotFoundPage();
            }
            Created = (user.Email ?? "", user.Role, password);
            Reset = true;
        }
        catch (DomainRuleException broken)
        {
            return await RuleBrokenAsync(broken, id, cancellationToken);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, [FromServices] EnableUser enableUser, CancellationToken cancellationToken)
    {
        if (await enableUser.RunAsync(new(id), Viewer, cancellationToken) is not { } user)
        {
            return NotFoundPage();
        }
        Notice = Localized.Format(AdminText.Enabled, user.Email);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(bool required, [FromServices] RequireTwoFactor requireTwoFactor, CancellationToken cancellationToken)
    {
        var organization = await requireTwoFactor.RunAsync(new(required), Viewer, cancellationToken);
        Notice = organization.RequireTwoFactor ? AdminText.TwoFactorRequiredNow : AdminText.TwoFactorAdminsOnlyNow;
        return RedirectToPage();
    }

    public static string RoleName(string role) => EnumText.Of(AdminText.ResourceManager, "Role", role);

    private async Task<IActionResult> RuleBrokenAsync(DomainRuleException broken, Guid? user, CancellationToken cancellationToken)
    {
        // Another organisation's user is reported as absent before any rule is checked, so a rule here is about one of ours.
        await LoadAsync(cancellationToken);
        ShowRuleBroken(broken);
        ErrorField = broken.Field;
        ErrorUser = user;
        return Page();
    }

    /// <summary>Whether the organisation requires two-factor sign-in of every member (<see cref="RequireTwoFactor"/>).</summary>
    public bool RequiresTwoFactor { get; private set; }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await listUsers.RunAsync(Viewer, cancellationToken);
        RequiresTwoFactor = await db.Organizations.AsNoTracking().RequiresTwoFactorAsync(Viewer.OrganizationId, cancellationToken);
    }
}
