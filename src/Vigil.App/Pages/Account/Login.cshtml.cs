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
            Error = LoginText.Invalid.Current;
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || user.DisabledAt is not null)
        {
            Error = LoginText.Wrong.Current;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Error = LoginText.LockedOut.Current;
            return Page();
        }
        if (!result.Succeeded)
        {
            Error = LoginText.Wrong.Current;
            return Page();
        }
        await recordSignIn.RunAsync(user);
        // A temporary password leads to the password page first (ViewerMiddleware holds the session there until it is changed).
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

public static class LoginText
{
    public static readonly LocalizedText Title = new("Sign in", "登录");
    public static readonly LocalizedText Email = new("E-mail", "电子邮件");
    public static readonly LocalizedText Password = new("Password", "密码");
    public static readonly LocalizedText Submit = new("Sign in", "登录");
    public static readonly LocalizedText Intro = new(
        "Vigil holds sensitive information about people at risk. Sign in with the account your administrator gave you.",
        "Vigil 存有关于处境危险者的敏感信息。请使用管理员为您创建的账户登录。");
    public static readonly LocalizedText Invalid = new("Enter your e-mail and password.", "请输入电子邮件和密码。");
    public static readonly LocalizedText Wrong = new("Wrong e-mail or password.", "电子邮件或密码错误。");
    public static readonly LocalizedText LockedOut = new(
        "Too many failed attempts: this account is locked for 15 minutes.", "失败次数过多：该账户已被锁定15分钟。");
}
