using Microsoft.AspNetCore.Localization;

namespace Vigil.App.Hosting;

public static class LanguageSwitch
{
    /// <summary>GET /lang?culture=zh-Hans&amp;returnUrl=/… remembers the choice in a cookie and goes back.</summary>
    public static void MapLanguageSwitch(this WebApplication app) =>
        app.MapGet("/lang", (string? culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = VigilWebHost.Cultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "en";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Only local paths: an open redirect would let a phishing link borrow our name.
            var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
}
