using Vigil.Speech.Classification;

namespace Vigil.Speech.Lexicons;

/// <summary>
/// Finds lexicon terms in a normalised post. Terms are normalised like posts, so leetspeak, full-width letters and
/// repeated letters match; Latin terms match whole words (and, from five letters, inside the text with its spaces
/// removed, which catches "v e r m i n" and "ver min"; severe one-word terms also one typing slip away, see
/// <see cref="Misspelling"/>); Chinese, Amharic and Burmese terms match as substrings.
/// Country entries apply only to posts of that country; entries without a country apply to every post of the language.
/// </summary>
public sealed class LexiconMatcher
{
    private const int SquashedMinLength = 5;

    /// <summary>Severity from which a misspelt form of a term counts (the milder terms have look-alikes of other
    /// meaning, such as plague/plaque).</summary>
    private const int MisspeltMinSeverity = 3;

    /// <summary>Position of a term found only in the text with its spaces removed.</summary>
    public const int SpacedOut = -1;

    private const int NotFound = -2;

    private readonly IReadOnlyList<(LexiconTerm Term, string Normalized, string Squashed, bool Latin)> _terms;

    public LexiconMatcher(IEnumerable<LexiconTerm> terms) =>
        _terms = [.. terms.Select(t => (Term: t, Normalized: SpeechNormalizer.Normalize(t.Term)))
            .Where(t => t.Normalized.Length > 0)
            .Select(t => (t.Term, t.Normalized, SpeechNormalizer.Squash(t.Normalized), t.Term.Term.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')))];

    public static LexiconMatcher Empty { get; } = new([]);

    public int Count => _terms.Count;

    /// <summary>The matched entries with the character position of each in <paramref name="normalized"/> (<see cref="SpacedOut"/> when
    /// found only with spaces removed).</summary>
    public IReadOnlyList<(LexiconTerm Term, int Position)> Find(string normalized, string language, string? country)
    {
        List<(LexiconTerm, int)>? hits = null;
        string? padded = null;
        string? squashed = null;
        foreach (var (term, form, squashedForm, latin) in _terms)
        {
            // A Latin-script term (pinyin of a Chinese slur too) is looked for in every Latin-script post.
            if (term.Language != language && !(latin && language is "en" or LanguageDetector.Undetermined))
            {
                continue;
            }
            if (term.Country is { } only && !string.Equals(only, country, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            int position;
            if (latin)
            {
                padded ??= " " + normalized + " ";
                position = WordPosition(padded, form);
                if (position == NotFound && form.Length >= SquashedMinLength)
                {
                    squashed ??= SpeechNormalizer.Squash(normalized);
                    position = squashed.Contains(squashedForm, StringComparison.Ordinal) ? SpacedOut : NotFound;
                }
                // A severe one-word term also matches a word one typing slip away ("vermon", "cockroches").
                if (position == NotFound && term.Severity >= MisspeltMinSeverity && !form.Contains(' ', StringComparison.Ordinal)
                    && Misspelling.Find(normalized, form) is >= 0 and var misspelt)
                {
                    position = misspelt;
                }
            }
            else
            {
                var found = normalized.IndexOf(form, StringComparison.Ordinal);
                position = found >= 0 ? found : NotFound;
                if (position == NotFound)
                {
                    squashed ??= SpeechNormalizer.Squash(normalized);
                    position = squashed.Contains(squashedForm, StringComparison.Ordinal) ? SpacedOut : NotFound;
                }
            }
            if (position != NotFound)
            {
                (hits ??= []).Add((term, position));
            }
        }
        return hits ?? (IReadOnlyList<(LexiconTerm, int)>)[];
    }

    // A whole-word match, also of the plural and possessive ("cockroach" in "cockroaches", "rat's").
    private static int WordPosition(string padded, string form)
    {
        var start = 0;
        while (true)
        {
            var i = padded.IndexOf(form, start, StringComparison.Ordinal);
            if (i < 0)
            {
                return NotFound;
            }
            var end = i + form.Length;
            var before = padded[i - 1] == ' ';
            var after = padded[end] == ' ' || Suffix(padded, end);
            if (before && after)
            {
                return i - 1;
            }
            start = i + 1;
        }
    }

    private static bool Suffix(string padded, int end)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["s ", "es ", "z ", "ies "])
        {
            if (string.CompareOrdinal(padded, end, suffix, 0, suffix.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
