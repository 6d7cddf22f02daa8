namespace Vigil.Reports.Verification;

/// <summary>
/// MinHash of a text's character shingles (Broder 1997): for each of <see cref="Size"/> hash functions, the least hash
/// over the text's shingles. The share of positions where two signatures agree estimates the Jaccard similarity of the
/// two shingle sets (standard error about 1/√Size = 0.09). Character shingles, not words, so that Chinese (no spaces)
/// and Amharic (its own word separator) work as English does. No library on the package list does this; it is small
/// (decision record 0028).
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>Hash functions per signature.</summary>
    public const int Size = 128;

    /// <summary>Characters (Unicode scalars) per shingle: three keeps a one-character change from looking like a different text in short Chinese reports.</summary>
    public const int ShingleLength = 3;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly ulong[] _mins;

    private MinHashSignature(ulong[] mins, int shingles)
    {
        _mins = mins;
        Shingles = shingles;
    }

    /// <summary>How many distinct shingles the text had; 0 for a text with nothing to compare.</summary>
    public int Shingles { get; }

    public static MinHashSignature Of(string? text)
    {
        var mins = new ulong[Size];
        Array.Fill(mins, ulong.MaxValue);
        var shingles = ShinglesOf(ReportTextNormaliser.Normalise(text));
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = Mix(shingle ^ Seeds[i]);
                if (h < mins[i])
                {
                    mins[i] = h;
                }
            }
        }
        return new MinHashSignature(mins, shingles.Count);
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingles, 0 to 1; 0 when either text is empty.</summary>
    public double Similarity(MinHashSignature other)
    {
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (_mins[i] == other._mins[i])
            {
                same++;
            }
        }
        return (double)same / Size;
    }

    /// <summary>The text's distinct shingles as 64-bit FNV-1a hashes; a text shorter than a shingle is one shingle.</summary>
    internal static HashSet<ulong> ShinglesOf(string normalised)
    {
        var runes = normalised.EnumerateRunes().Select(r => r.Value).ToArray();
        var result = new HashSet<ulong>();
        if (runes.Length == 0)
        {
            return result;
        }
        var count = Math.Max(1, runes.Length - ShingleLength + 1);
        for (var start = 0; start < count; start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < Math.Min(runes.Length, start + ShingleLength); i++)
            {
                hash = (hash ^ (uint)runes[i]) * 1099511628211UL;
            }
            result.Add(hash);
        }
        return result;
    }

    // SplitMix64's finaliser: a good 64-bit mixer, so "shingle xor seed" gives Size independent-enough hash functions.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        // Fixed seeds: a signature means the same in every run and on every instance.
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
