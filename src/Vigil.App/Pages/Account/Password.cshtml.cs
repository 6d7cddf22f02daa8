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

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(HttpContext.Viewer().UserId.ToString());
        if (user is null)
        {
            return Redirect("/login");
        }
        if (!ModelState.IsValid)
        {
            Error = PasswordText.TooShort.Current;
            return Page();
        }
        var result = await changeOwnPassword.RunAsync(new(Input.Current, Input.New), user);
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Select(e => e.Description));
            return Page();
        }
        // Changing the password ends other sessions and tokens (new security stamp); keep this one.
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}

public static class PasswordText
{
    public static readonly LocalizedText Title = new("Change password", "修改密码");
    public static readonly LocalizedText Current = new("Current password", "当前密码");
    public static readonly LocalizedText New = new("New password (at least 12 characters)", "新密码（至少12个字符）");
    public static readonly LocalizedText Submit = new("Change password", "修改密码");
    public static readonly LocalizedText Done = new("Your password was changed. Other sessions and tokens were signed out.", "密码已修改。其他会话和令牌已被注销。");
    public static readonly LocalizedText MustChange = new(
        "Your password is a temporary one an admin gave you. Choose your own before you use Vigil: enter the temporary password as the current one.",
        "您的密码是管理员提供的临时密码。使用 Vigil 之前，请设置您自己的密码：将临时密码填为当前密码。");
    public static readonly LocalizedText Continue = new("Continue to Vigil", "继续使用 Vigil");
    public static readonly LocalizedText TooShort = new("The new password needs at least 12 characters.", "新密码至少需要12个字符。");
}
