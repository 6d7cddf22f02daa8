using System.Globalization;
using System.Text;

namespace Vigil.Speech.Classification;

/// <summary>
/// Brings a post to the form the model and the lexicon read: width and compatibility forms folded (NFKC, so full-width
/// Ｖｅｒｍｉｎ is vermin), lower case, leetspeak inside words undone (v3rm1n, $cum), letters repeated three or more
/// times cut to two (sooooo → soo), characters inserted between the letters of a word dropped (v.e.r.m.i.n, v-e-r-m-i-n)
/// and single letters spelled out with spaces joined (v e r m i n), common traditional Chinese characters simplified.
/// Burmese in the legacy Zawgyi encoding is converted to Unicode first.
/// </summary>
public static class SpeechNormalizer
{
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (ZawgyiConverter.IsZawgyi(text))
        {
            text = ZawgyiConverter.ToUnicode(text);
        }
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsUpper(c))
            {
                c = char.ToLowerInvariant(c);
            }
            if (Leet(c) is { } letter && IsLetterAround(folded, i))
            {
                c = letter;
            }
            else if (TraditionalChinese.Simplified(c) is { } simplified)
            {
                c = simplified;
            }
            else if (IsSeparator(c))
            {
                // A dot, dash, star or underscore between two single letters hides a word (v.e.r.m.i.n): drop it.
                if (IsInsideSpelledWord(folded, i))
                {
                    continue;
                }
                c = ' ';
            }
            builder.Append(c);
        }
        return JoinSpelledLetters(CollapseRepeats(builder.ToString()));
    }

    private static char? Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => null,
    };

    // A digit or symbol is a letter in disguise when a Latin letter follows (skipping further disguised letters) and a
    // letter, another disguised letter or the start of the word comes before: "k1ll", "$cum", "v3rm1n" yes; "2024",
    // "idiot!" and the mention "@user" no.
    private static bool IsLetterAround(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && Leet(text[next]) is not null)
        {
            next++;
        }
        if (next >= text.Length || !IsLatinLetter(char.ToLowerInvariant(text[next])))
        {
            return false;
        }
        var wordStart = i == 0 || char.IsWhiteSpace(text[i - 1]);
        if (wordStart)
        {
            return text[i] != '@';
        }
        var previous = char.ToLowerInvariant(text[i - 1]);
        return IsLatinLetter(previous) || Leet(previous) is not null;
    }

    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z';

    private static bool IsSeparator(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) && c is < '\u2600' or > '\u27BF' && !char.IsSurrogate(c) || char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool IsInsideSpelledWord(string text, int i) =>
        text[i] is '.' or '-' or '*' or '_' or '\u00B7' && i >= 1 && i + 1 < text.Length
        && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])
        && (i < 2 || !char.IsLetter(text[i - 2])) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static string CollapseRepeats(string text)
    {
        var builder = new StringBuilder(text.Length);
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = i > 0 && text[i] == text[i - 1] ? run + 1 : 1;
            // Keep a doubled letter (good, 哈哈) and one space; cut longer runs.
            if (run <= 2 && !(run == 2 && text[i] == ' '))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString().Trim();
    }

    // "k i l l  t h e m" → "kill them": three or more single Latin letters in a row separated by single spaces.
    private static string JoinSpelledLetters(string text)
    {
        var single = 0;
        for (var k = 0; k < text.Length && single < 3; k++)
        {
            if (IsLatinLetter(text[k]) && (k == 0 || text[k - 1] == ' ') && (k + 1 == text.Length || text[k + 1] == ' '))
            {
                single++;
            }
        }
        if (single < 3)
        {
            // Most posts have no spelled-out word; spare them the split.
            return text;
        }
        var words = text.Split(' ');
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < words.Length)
        {
            var j = i;
            while (j < words.Length && words[j].Length == 1 && IsLatinLetter(words[j][0]))
            {
                j++;
            }
            if (j - i >= 3)
            {
                Append(result, string.Concat(words[i..j]));
                i = j;
            }
            else
            {
                Append(result, words[i]);
                i++;
            }
        }
        return result.ToString();
    }

    private static void Append(StringBuilder builder, string word)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }
        builder.Append(word);
    }

    /// <summary>The text with spaces removed, for lexicon terms hidden by spacing ("ver min").</summary>
    public static string Squash(string normalized) => normalized.Replace(" ", string.Empty, StringComparison.Ordinal);

    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    internal static UnicodeCategory Category(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
