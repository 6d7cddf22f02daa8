using System.Collections.Frozen;

namespace Vigil.Speech.Classification;

/// <summary>
/// Reads the language of a post: Chinese, Amharic (Ethiopic) and Burmese by their scripts; Latin script by function
/// words of English and of the Latin-script languages most likely to be mistaken for it, then, for posts without any
/// (short slang), by how many of the post's character trigrams are common in the English training data. Anything else,
/// or text without letters, is "und" (undetermined).
/// </summary>
public sealed class LanguageDetector(IReadOnlySet<long> englishTrigrams)
{
    public const string Undetermined = "und";

    /// <summary>Share of a Latin post's trigrams that must be common English ones when it has no function words.</summary>
    private const double EnglishTrigramShare = 0.55;

    private static readonly FrozenSet<string> English = Words("the a an and or but is are was were be to of in on at for with that this it you he she they we i me my your not no do does did have has will would should can just so what who why how all them their there here from by like get got");

    private static readonly FrozenDictionary<string, FrozenSet<string>> Others = new Dictionary<string, FrozenSet<string>>
    {
        ["es"] = Words("el la los las que de y en un una por con para es no se su al lo como pero más este esta son muy"),
        ["fr"] = Words("le la les de des et un une est que qui dans pour pas sur au aux avec ce cette sont il elle nous vous je mais très"),
        ["de"] = Words("der die das und ist nicht ein eine zu den von mit sich des auf für im dem ich sie es wir aber auch"),
        ["pt"] = Words("o os as de e que um uma não em para com por se do da dos das mais mas é são ele ela você"),
        ["it"] = Words("il lo la gli le di e che un una non per con sono è del della dei ma anche questo come"),
        ["nl"] = Words("de het een en van is niet dat op te zijn met voor ik je maar ook wat"),
        ["id"] = Words("yang dan di ini itu dengan untuk tidak dari ada saya akan juga ke kita mereka"),
        ["tr"] = Words("ve bir bu da de ne için ile çok ben sen o değil ama var gibi"),
        ["sw"] = Words("na ya wa kwa ni za la katika hii huo sana lakini wao sisi"),
    }.ToFrozenDictionary();

    private readonly IReadOnlySet<long> _englishTrigrams = englishTrigrams;

    public LanguageDetector()
        : this(new HashSet<long>())
    {
    }

    public string Detect(string text)
    {
        int han = 0, ethiopic = 0, myanmar = 0, latin = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF':
                    han++;
                    break;
                case >= '\u1200' and <= '\u139F' or >= '\u2D80' and <= '\u2DDF':
                    ethiopic++;
                    break;
                case >= '\u1000' and <= '\u109F' or >= '\uAA60' and <= '\uAA7F':
                    myanmar++;
                    break;
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z':
                    latin++;
                    break;
                default:
                    break;
            }
        }
        // Scripts weigh by characters; a Latin letter carries about a third of a syllable-script character's text.
        var best = Math.Max(han, Math.Max(ethiopic, myanmar));
        if (best > 0 && best * 3 >= latin)
        {
            return best == han ? "zh" : best == ethiopic ? "am" : "my";
        }
        return latin >= 2 ? DetectLatin(text) : Undetermined;
    }

    private string DetectLatin(string text)
    {
        var words = SpeechNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(English.Contains);
        var other = Others.Values.Max(list => words.Count(list.Contains));
        if (english > 0 || other > 0)
        {
            return english >= other ? "en" : Undetermined;
        }
        return EnglishShare(words) >= EnglishTrigramShare ? "en" : Undetermined;
    }

    private double EnglishShare(string[] words)
    {
        if (_englishTrigrams.Count == 0)
        {
            // Without a trained profile every Latin post is taken for English, the one Latin language the models know.
            return 1;
        }
        int total = 0, known = 0;
        foreach (var word in words)
        {
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                total++;
                if (_englishTrigrams.Contains(Trigram(padded, i)))
                {
                    known++;
                }
            }
        }
        return total == 0 ? 0 : (double)known / total;
    }

    internal static long Trigram(string text, int i) => ((long)text[i] << 32) | ((long)text[i + 1] << 16) | text[i + 2];

    private static FrozenSet<string> Words(string list) => list.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
