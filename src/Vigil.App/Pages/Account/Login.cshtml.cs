using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Vigil.App.Hosting;
using Vigil.Security;

namespace Vigil.App.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(VigilAuthentication.AuthRateLimit)]
public sealed class LoginModel(SignInManager<VigilUser> signIn, UserManager<VigilUser> users, RecordSignIn recordSignIn) : PageModel
{
    public sealed class LoginInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(512)]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = AccountText.LoginInvalid;
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || user.DisabledAt is not null)
        {
            Error = AccountText.LoginWrong;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Error = AccountText.LoginLockedOut;
            return Page();
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right: the second step (LoginTwoFactorModel) finishes the sign-in.
            return RedirectToPage("LoginTwoFactor", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }
        if (!result.Succeeded)
        {
            Error = AccountText.LoginWrong;
            return Page();
        }
        await recordSignIn.RunAsync(user);
        // A temporary password leads to the password page first (ViewerMiddleware holds the session there until it is changed).
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
