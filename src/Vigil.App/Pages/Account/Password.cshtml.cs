using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.App.Hosting;
using Vigil.Security;

namespace Vigil.App.Pages.Account;

public sealed class PasswordModel(UserManager<VigilUser> users, SignInManager<VigilUser> signIn, ChangeOwnPassword changeOwnPassword) : PageModel
{
    public sealed class PasswordInput
    {
        [Required, DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(512, MinimumLength = 12)]
        public string New { get; set; } = "";
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>The user still has a temporary password an admin gave them: every other page sends them here.</summary>
    public bool MustChange => HttpContext.Viewer().MustChangePassword && !Changed;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(HttpContext.Viewer().UserId.ToString());
        if (user is null)
        {
            return Redirect("/login");
        }
        if (!ModelState.IsValid)
        {
            Error = AccountText.PasswordTooShort;
            return Page();
        }
        var result = await changeOwnPassword.RunAsync(new(Input.Current, Input.New), user, cancellationToken);
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Select(e => e.Description));
            return Page();
        }
        // Changing the password ends other sessions and tokens (new security stamp) and revokes API keys; keep this session.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
