using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using Vigil.App.Pages.Shared;
using Vigil.Security;

namespace Vigil.App.Pages.Account;

/// <summary>
/// A user's two-factor sign-in: enrol an authenticator app (QR code drawn here, never by a web service; the key also as text),
/// see the recovery codes once, make new ones, turn it off when not required. A user who must use it is held here until enrolled.
/// Each change ends the user's other sessions (new security stamp) and keeps this one.
/// </summary>
public sealed class TwoFactorModel(UserManager<VigilUser> users, SignInManager<VigilUser> signIn, TwoFactorRule rule) : VigilPageModel
{
    public bool Enabled { get; private set; }

    /// <summary>The rule requires a second factor of this user (their role or their organisation): it cannot be turned off.</summary>
    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>While enrolling: the key in groups of four, and the QR code of its otpauth URI as a PNG data URI.</summary>
    public string? Key { get; private set; }

    public string? QrCode { get; private set; }

    /// <summary>Set only in the response that made them: the one time the recovery codes are shown.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? ErrorField { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromServices] StartTwoFactorEnrolment start, CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return Redirect("/login");
        }
        await LoadAsync(user, start, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code, [FromServices] EnableTwoFactor enable, [FromServices] StartTwoFactorEnrolment start,
        CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return Redirect("/login");
        }
        try
        {
            RecoveryCodes = await enable.RunAsync(new(code), user, cancellationToken);
            await signIn.RefreshSignInAsync(user);
            Notice = null;
        }
        catch (DomainRuleException broken)
        {
            ShowRuleBroken(broken);
            ErrorField = broken.Field;
        }
        // Answered directly (no redirect): the recovery codes are in this response only; ViewerMiddleware keeps it out of caches.
        await LoadAsync(user, start, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryAsync([FromServices] NewRecoveryCodes newCodes, [FromServices] StartTwoFactorEnrolment start,
        CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return Redirect("/login");
        }
        try
        {
            RecoveryCodes = await newCodes.RunAsync(user);
        }
        catch (DomainRuleException broken)
        {
            ShowRuleBroken(broken);
            ErrorField = broken.Field;
        }
        await LoadAsync(user, start, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync([FromServices] DisableTwoFactor disable, CancellationToken cancellationToken)
    {
        if (await CurrentUserAsync() is not { } user)
        {
            return Redirect("/login");
        }
        try
        {
            await disable.RunAsync(user, cancellationToken);
            await signIn.RefreshSignInAsync(user);
            Notice = AccountText.TwoFactorTurnedOff;
            return RedirectToPage();
        }
        catch (DomainRuleException broken)
        {
            ShowRuleBroken(broken);
            ErrorField = broken.Field;
        }
        await LoadAsync(user, null, cancellationToken);
        return Page();
    }

    private async Task<VigilUser?> CurrentUserAsync() => await users.FindByIdAsync(Viewer.UserId.ToString());

    private async Task LoadAsync(VigilUser user, StartTwoFactorEnrolment? start, CancellationToken cancellationToken)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await rule.RequiredAsync(user, cancellationToken);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!Enabled && start is not null)
        {
            var (key, uri) = await start.RunAsync(user);
            Key = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
    }
}
