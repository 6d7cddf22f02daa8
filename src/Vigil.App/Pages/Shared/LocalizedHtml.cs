using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Vigil.App.Pages.Shared;

/// <summary>
/// A translated text with markup in its placeholders: a command in &lt;code&gt;, a key in &lt;kbd&gt;, an English name marked
/// lang="en" (so a reader's screen reader and the Chinese pages test know it is English on purpose). The text itself is
/// HTML-encoded; only the placeholders carry markup, and their own text is encoded too.
/// </summary>
public static partial class LocalizedHtml
{
    /// <summary>
    /// The text with {0}, {1}, … replaced by <paramref name="args"/>, in the order the language puts them: markup as it
    /// is, anything else as encoded text in the current culture (no format specifiers: format the value first).
    /// </summary>
    public static IHtmlContent Format(string template, params object?[] args) =>
        Splice(template, Placeholder().Matches(template), placeholder => args[int.Parse(placeholder.Groups[1].ValueSpan, provider: null)] switch
        {
            IHtmlContent html => html,
            var value => new HtmlContentBuilder().Append(Convert.ToString(value, CultureInfo.CurrentCulture)),
        });

    /// <summary>The text with every occurrence of <paramref name="literals"/> (file and variable names, library names) in &lt;code&gt;.</summary>
    public static IHtmlContent MarkCode(string text, IEnumerable<string> literals)
    {
        var pattern = string.Join('|', literals.Where(l => l.Length > 0).OrderByDescending(l => l.Length).Select(Regex.Escape));
        return Splice(text, pattern.Length == 0 ? [] : Regex.Matches(text, pattern, RegexOptions.CultureInvariant), literal => Code(literal.Value));
    }

    public static IHtmlContent Code(string literal) => Wrap("<code>", literal, "</code>");

    public static IHtmlContent Kbd(string key) => Wrap("<kbd>", key, "</kbd>");

    /// <summary>English kept on purpose (an example search term, a source's title): marked as such.</summary>
    public static IHtmlContent English(string text) => Wrap("<span lang=\"en\">", text, "</span>");

    /// <summary>The text, encoded, with each match replaced by its markup.</summary>
    private static IHtmlContent Splice(string text, IEnumerable<Match> matches, Func<Match, IHtmlContent> markup)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var match in matches)
        {
            html.Append(text[at..match.Index]).AppendHtml(markup(match));
            at = match.Index + match.Length;
        }
        return html.Append(text[at..]);
    }

    private static IHtmlContent Wrap(string open, string text, string close) => new HtmlContentBuilder().AppendHtml(open).Append(text).AppendHtml(close);

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
