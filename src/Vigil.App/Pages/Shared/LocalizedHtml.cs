using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// A translated text whose placeholders hold markup, such as a command or a header name in <c>&lt;code&gt;</c> (it stays as
/// typed in every language, and is marked so): the text and the plain arguments are HTML-encoded, the markup is not.
/// </summary>
public static class LocalizedHtml
{
    public static IHtmlContent Format(string template, params object?[] args) =>
        new HtmlString(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(template),
            [.. args.Select(arg => arg is HtmlString html ? html.Value : WebUtility.HtmlEncode(Convert.ToString(arg, CultureInfo.CurrentCulture)))]));

    /// <summary>A command, header or key name, as typed.</summary>
    public static HtmlString Code(string text) => new("<code>" + WebUtility.HtmlEncode(text) + "</code>");
}
