using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Vigil.App.Hosting;
using Vigil.Security;

namespace Vigil.App.Pages.Account;

/// <summary>
/// The second step of signing in, for a user with two-factor sign-in: the code of their authenticator app, or one of their
/// recovery codes (each works once). Reached only from the login page, whose right password leaves a five-minute cookie naming
/// the user (Identity's two-factor scheme); without it the page sends back to the login page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(VigilAuthentication.AuthRateLimit)]
public sealed class LoginTwoFactorModel(SignInManager<VigilUser> signIn, RecordSignIn recordSignIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect("/login");
        }
        var totp = CheckSecondFactor.Normalize(Code);
        var result = totp.Length == 6 && totp.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(totp, isPersistent: false, rememberClient: false)
            : string.IsNullOrWhiteSpace(Code) ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim().ToUpperInvariant());
        if (result.IsLockedOut)
        {
            Error = AccountText.LoginLockedOut;
            return Page();
        }
        if (!result.Succeeded)
        {
            Error = AccountText.SecondStepWrong;
            return Page();
        }
        await recordSignIn.RunAsync(user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
