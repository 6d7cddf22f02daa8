namespace Vigil.Speech.Classification;

/// <summary>
/// Finds a word one typing slip away from a lexicon term ("vermon", "parasits", "cockroches"): one letter changed,
/// dropped, added or two neighbours swapped, after an -s or -es plural is taken off. Only words of six letters or more
/// that begin with the term's letter count, so short words ("rat"/"cat") and "plague"/"plaque" pairs of other meaning
/// stay apart; the lexicon applies it to its severe single-word terms only.
/// </summary>
public static class Misspelling
{
    public const int MinLength = 6;

    /// <summary>Position in <paramref name="normalized"/> of the first word within one slip of <paramref name="term"/>,
    /// or -1.</summary>
    public static int Find(string normalized, string term)
    {
        if (term.Length < MinLength)
        {
            return -1;
        }
        var start = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i < normalized.Length && normalized[i] != ' ')
            {
                continue;
            }
            var word = normalized.AsSpan(start, i - start);
            if (word.Length >= MinLength && word[0] == term[0] && (WithinOneEdit(word, term)
                || word.EndsWith("es") && WithinOneEdit(word[..^2], term)
                || word.EndsWith('s') && WithinOneEdit(word[..^1], term)))
            {
                return start;
            }
            start = i + 1;
        }
        return -1;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one substitution, insertion,
    /// deletion or swap of neighbours.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }
        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]);
        }
        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }
}
