namespace Vigil.Speech.Classification;

/// <summary>
/// Hashed features of a normalised text: character n-grams (1–4 for the syllable scripts, 1–2 for Chinese, 2–5 with
/// word edges for Latin, so a misspelt or disguised word still shares most of its grams with the clean one) and word
/// unigrams and bigrams where words are spaced. Hashing (FNV-1a into 2^bits buckets) keeps the model a fixed-size array
/// and needs no vocabulary. Each bucket counts once per text (binary features): a word repeated in a rant does not
/// outweigh the rest of it, which lifted Davidson's dev macro-F1 from 0.698 to 0.707 and ToxiCN's from 0.570 to 0.603.
/// Chinese posts also get cue features: which kinds of group they name, and whether an insult and a second person occur
/// with or without a group (<see cref="ChineseCues"/>).
/// </summary>
public static class NgramFeatures
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Adds the bucket of every feature of <paramref name="normalized"/> to <paramref name="buckets"/>.</summary>
    public static void Extract(string normalized, string language, int bits, List<int> buckets)
    {
        var mask = (1u << bits) - 1;
        var first = buckets.Count;
        var latin = language is "en" or LanguageDetector.Undetermined;
        // Chinese: character unigrams and bigrams (roughly its words); longer grams are too sparse for ToxiCN's 8,000 rows
        // (1–4: dev macro-F1 0.554, 1–3: 0.578, 1–2: 0.603, all with one count per bucket; 1–3 again with out-of-fold
        // scores: 0.617 against 0.621), plus the group and insult cues of ChineseCues.
        var (minN, maxN) = latin ? (2, 5) : language is "zh" ? (1, 2) : (1, 4);
        var text = " " + normalized + " ";
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                continue;
            }
            var h = Offset;
            for (var k = 0; k < maxN && i + k < text.Length; k++)
            {
                h = (h ^ text[i + k]) * Prime;
                if (k + 1 >= minN)
                {
                    buckets.Add((int)((h ^ (uint)(k + 1)) * Prime & mask));
                }
            }
        }
        if (language is "zh")
        {
            AddChineseCues(normalized, mask, buckets);
            Distinct(buckets, first);
            return;
        }
        var previous = 0u;
        var start = 0;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i < normalized.Length && normalized[i] != ' ')
            {
                continue;
            }
            if (i > start)
            {
                var h = Offset ^ 0x5bd1e995u;
                for (var k = start; k < i; k++)
                {
                    h = (h ^ normalized[k]) * Prime;
                }
                buckets.Add((int)(h & mask));
                if (previous != 0)
                {
                    buckets.Add((int)(((previous * 31) ^ h) * Prime & mask));
                }
                previous = h;
            }
            start = i + 1;
        }
        Distinct(buckets, first);
    }

    /// <summary>One feature per group kind named, whether an insult and a second person occur, and their combinations.</summary>
    private static void AddChineseCues(string normalized, uint mask, List<int> buckets)
    {
        var groups = 0;
        foreach (var (kind, terms) in ChineseCues.Groups)
        {
            if (ChineseCues.Any(normalized, terms))
            {
                groups++;
                buckets.Add(Cue("group:" + kind, mask));
            }
        }
        var insult = ChineseCues.Any(normalized, ChineseCues.Insults);
        var you = ChineseCues.Any(normalized, ChineseCues.SecondPerson);
        buckets.Add(Cue((groups > 0 ? "group" : "nogroup") + (insult ? "+insult" : "") + (you ? "+you" : ""), mask));
    }

    // Seeded apart from the n-gram hashes, so a cue's name does not share a bucket with the same letters as text.
    private static int Cue(string name, uint mask)
    {
        var h = Offset ^ 0x27d4eb2du;
        foreach (var c in name)
        {
            h = (h ^ c) * Prime;
        }
        return (int)(h * Prime & mask);
    }

    /// <summary>Keeps one of each bucket added from <paramref name="first"/> on (sorted, which also makes the weight reads
    /// walk the model array forwards).</summary>
    private static void Distinct(List<int> buckets, int first)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buckets)[first..];
        span.Sort();
        var kept = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[kept++] = span[i];
            }
        }
        buckets.RemoveRange(first + kept, span.Length - kept);
    }
}
