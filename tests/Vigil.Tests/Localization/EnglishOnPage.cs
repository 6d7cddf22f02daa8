using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Tests.Localization;

/// <summary>
/// The English a reader of a Chinese page would meet: in its visible text (text nodes outside script, style and
/// template) and the attributes people read or hear (title, aria-label, placeholder, alt, button captions). English is
/// a run of three or more Latin letters, once proper names, acronyms and the given data values are taken out. Text that
/// is marked as literal (code, kbd, samp: commands, JSON) or as another language (lang="en") is left alone on purpose.
/// </summary>
internal static partial class EnglishOnPage
{
    /// <summary>Names and acronyms that stay in Latin script in a Chinese interface, each with why. Keep it short.</summary>
    public static readonly IReadOnlyList<string> ProperNames =
    [
        "Vigil",            // the product's name
        "UCDP", "GED",      // Uppsala Conflict Data Program and its Georeferenced Event Dataset
        "ACLED",            // Armed Conflict Location & Event Data
        "GDELT",            // Global Database of Events, Language and Tone
        "EWP",              // the Early Warning Project's forecasting data
        "API", "OpenAPI",   // names of the programming interface and its description format
        "CSV", "JSON", "HXL", "Markdown", "PDF", "HTML", // file formats (HXL: the Humanitarian Exchange Language)
        "ISO",              // ISO 3166 country codes
        "COW",              // Correlates of War country codes
        "AUC",              // area under the ROC curve, the forecast measure, named so in Chinese too
        "Recall@10", "Recall@20", "Recall@30", "recall@30", "recall@k", // the forecast measure recall@k (share of onsets ranked in the top k), written so in Chinese too
        "Brier",            // the Brier score, the forecast measure named after its author
        "UTC",              // the time zone of stored times
        "Natural Earth", "world-atlas", // the public-domain map data and the package it comes in
        "V-Dem",            // the Varieties of Democracy data set (forecast predictors)
        "McNemar",          // the statistical test, named after its author
        "log2", "log10",    // logarithms, written so in Chinese too
        "URL", "HTTP", "http", "https", // web addresses and their schemes ("http(s) 网址", "https://")
        "HMAC-SHA256",      // the webhook signature's algorithm
        "XForm", "XForms", "xml", "md5", // the field-report form standard (ODK XForms), its file type and OpenRosa's form hash
        "ODK Collect", "KoboCollect", "OpenRosa", // the monitors' apps and the protocol they speak
    ];

    private static readonly string[] ReadAttributes = ["title", "aria-label", "placeholder", "alt", "aria-valuetext", "aria-roledescription", "label"];

    private static readonly string[] ButtonInputs = ["submit", "button", "reset"];

    private static readonly HtmlParser Parser = new();

    /// <summary>Each text or attribute value with English in it, as the page shows it (attributes as "@name: value").</summary>
    public static IReadOnlyList<string> Find(string html, IEnumerable<string> allowedValues)
    {
        var allowed = AllowedPattern([.. ProperNames, .. allowedValues]);
        using var document = Parser.ParseDocument(html);
        var found = new List<string>();
        foreach (var text in Texts(document.DocumentElement))
        {
            if (HasEnglish(text, allowed))
            {
                found.Add(Shown(text));
            }
        }
        foreach (var element in document.All.Where(e => !InOtherLanguage(e)))
        {
            var values = ReadAttributes.Select(a => (Name: a, Value: element.GetAttribute(a))).ToList();
            if (element.LocalName == "input" && ButtonInputs.Contains(element.GetAttribute("type") ?? "", StringComparer.OrdinalIgnoreCase))
            {
                values.Add(("value", element.GetAttribute("value")));
            }
            found.AddRange(values.Where(v => v.Value is not null && HasEnglish(v.Value, allowed)).Select(v => $"@{v.Name}: {Shown(v.Value!)}"));
        }
        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The words that count as English in <paramref name="text"/> (for the tests of this finder).</summary>
    public static IReadOnlyList<string> Words(string text, IEnumerable<string> allowedValues) =>
        [.. LatinWord().Matches(Strip(text, AllowedPattern([.. ProperNames, .. allowedValues]))).Select(m => m.Value)];

    private static IEnumerable<string> Texts(IElement root)
    {
        foreach (var node in root.ChildNodes)
        {
            if (node is IText text)
            {
                yield return text.Data;
            }
            else if (node is IElement element && element.LocalName is not ("script" or "style" or "template" or "code" or "kbd" or "samp")
                && !InOtherLanguage(element))
            {
                foreach (var inner in Texts(element))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Text marked as another language on purpose (the language switch's "English") is not a translation left out.</summary>
    private static bool InOtherLanguage(IElement element) =>
        element.GetAttribute("lang") is { } lang && !lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static bool HasEnglish(string text, Regex allowed) => LatinWord().IsMatch(Strip(text, allowed));

    private static string Strip(string text, Regex allowed) => Guid().Replace(allowed.Replace(text, " "), " ");

    /// <summary>The values as whole words (not inside a longer Latin word), longest first so that "OpenAPI" is not read as "Open" + "API".</summary>
    private static Regex AllowedPattern(IEnumerable<string> values) =>
        new($"(?<![A-Za-z])(?:{string.Join('|', values.Where(v => v.Length > 0).Distinct().OrderByDescending(v => v.Length).Select(Regex.Escape))})(?![A-Za-z])",
            RegexOptions.CultureInvariant);

    private static string Shown(string text)
    {
        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length <= 200 ? collapsed : collapsed[..200] + "…";
    }

    [GeneratedRegex("(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")]
    private static partial Regex LatinWord();

    /// <summary>Record ids (audit log, links) are hexadecimal, not words, though "bad" or "cafe" may occur in one.</summary>
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<![0-9a-zA-Z])[0-9a-f]{32}(?![0-9a-zA-Z])")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
