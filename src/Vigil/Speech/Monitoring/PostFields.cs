using System.Globalization;
using Vigil.Countries;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Reads and checks the fields of one incoming post, from a file row or a request alike, naming the field of the first one wrong.
/// Times with an offset are converted to UTC; times without one are taken as UTC.
/// </summary>
public static class PostFields
{
    public const int SourceMaxLength = 100;
    public const int PostIdMaxLength = 200;

    /// <summary>The field names, as CSV columns and JSON properties.</summary>
    public static readonly string[] Names = ["source", "id", "text", "lang", "platform", "author", "posted_at", "country", "admin1", "url", "followers", "shares"];

    public static PostInput Read(Func<string, string?> field, string? defaultSource, CountryCatalog countries)
    {
        var source = Trimmed(field("source")) ?? Trimmed(defaultSource)
            ?? throw new DomainRuleException("source", "source: name the feed the post comes from (a source column, or --source).");
        if (source.Length > SourceMaxLength)
        {
            throw new DomainRuleException("source", $"source: at most {SourceMaxLength} characters.");
        }
        var id = Trimmed(field("id")) ?? throw new DomainRuleException("id", "id: the post's id within its source is required.");
        if (id.Length > PostIdMaxLength)
        {
            throw new DomainRuleException("id", $"id: at most {PostIdMaxLength} characters.");
        }
        var text = field("text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException("text", "text: the post's text is required.");
        }
        if (text.Length > SpeechPost.TextMaxLength)
        {
            throw new DomainRuleException("text", $"text: at most {SpeechPost.TextMaxLength} characters.");
        }
        var language = Trimmed(field("lang"))?.ToLowerInvariant();
        if (language is { Length: > 10 })
        {
            throw new DomainRuleException("lang", "lang: a language code such as en, zh, am or my.");
        }
        string? country = null;
        if (Trimmed(field("country")) is { } c)
        {
            country = countries.Resolve(c)?.Iso3 ?? throw new DomainRuleException("country", $"country: '{c}' is not a country (ISO3 code or name).");
        }
        var url = Trimmed(field("url"));
        if (url is not null && (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new DomainRuleException("url", "url: an http or https address.");
        }
        return new PostInput(source, id, text, language, Limited(field("platform"), 100, "platform"), Limited(field("author"), 200, "author"),
            Time(field("posted_at"), "posted_at"), country, Limited(field("admin1"), 200, "admin1"), url,
            Count(field("followers"), "followers"), Count(field("shares"), "shares"));
    }

    public static DateTime? Time(string? text, string name)
    {
        if (Trimmed(text) is not { } t)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at))
        {
            return at.UtcDateTime;
        }
        throw new DomainRuleException(name, $"{name}: '{t}' is not a date and time (ISO 8601, e.g. 2026-03-01T14:05:00+03:00).");
    }

    private static int? Count(string? text, string name)
    {
        if (Trimmed(text) is not { } t)
        {
            return null;
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new DomainRuleException(name, $"{name}: '{t}' is not a whole number of zero or more.");
    }

    private static string? Limited(string? text, int max, string name) =>
        Trimmed(text) is { } t ? (t.Length <= max ? t : throw new DomainRuleException(name, $"{name}: at most {max} characters.")) : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
