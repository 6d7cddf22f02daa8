using System.Net;
using System.Text.RegularExpressions;

namespace Vigil.Tests.Infrastructure;

/// <summary>What a reader of a page (or a fragment of it) sees: tags dropped, entities decoded, whitespace collapsed.</summary>
public static class PageText
{
    public static string TextOf(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), @"\s+", " ").Trim();
}
