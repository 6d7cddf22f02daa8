using System.Text.RegularExpressions;

namespace Vigil.Speech.Classification;

/// <summary>
/// Plain-word threats and calls to violence in English and Chinese (kill, expel, burn … them; X should die; 杀光, 去死),
/// and the negation and counter-speech that must not fire them ("I would never say X are vermin", "stop calling them
/// cockroaches", 不要说…, 反对…). Both read the normalised text.
/// </summary>
public static partial class IncitementRules
{
    /// <summary>Positions of threats in <paramref name="normalized"/>.</summary>
    public static IEnumerable<int> Threats(string normalized, string language) => language switch
    {
        "zh" => ChineseThreat().Matches(normalized).Select(m => m.Index),
        "en" or LanguageDetector.Undetermined => EnglishThreat().Matches(normalized).Select(m => m.Index),
        _ => [],
    };

    /// <summary>True when the clause holding <paramref name="position"/> negates or rejects what follows it.</summary>
    public static bool IsNegated(string normalized, int position, string language)
    {
        if (position < 0)
        {
            // Found only with the spaces removed: judge the whole text.
            position = normalized.Length;
        }
        position = Math.Min(position, normalized.Length);
        // The normaliser has turned punctuation into spaces: a Chinese clause ends at a space, an English one is taken
        // as the words just before the hit.
        var start = language == "zh"
            ? normalized.LastIndexOf(' ', Math.Max(0, position - 1)) + 1
            : Math.Max(0, position - EnglishWindow);
        var clause = normalized[start..position];
        return language == "zh"
            ? ChineseNegation().IsMatch(clause) || ChineseRejection().IsMatch(normalized)
            : EnglishNegation().IsMatch(clause) || EnglishRejection().IsMatch(normalized);
    }

    /// <summary>True when the whole post rejects hate it quotes (counter-speech), whatever the clause.</summary>
    public static bool IsCounterSpeech(string normalized, string language) =>
        language == "zh" ? ChineseRejection().IsMatch(normalized) : EnglishRejection().IsMatch(normalized);

    /// <summary>True when the writer names themselves as one of a group ("proud to be queer", "I'm a gay man", 我是同性恋):
    /// a slur reclaimed by the group or a plain statement of who one is, not an attack on the group.</summary>
    public static bool IsSelfIdentification(string normalized, string language) =>
        language == "zh" ? ChineseSelfIdentification().IsMatch(normalized) : EnglishSelfIdentification().IsMatch(normalized);

    /// <summary>Characters before an English hit searched for a negation (about eight words).</summary>
    private const int EnglishWindow = 48;

    [GeneratedRegex(@"\b(kill|murder|slaughter|exterminate|eradicate|massacre|lynch|hang|shoot|gas|burn|behead|butcher|deport|expel|cleanse|wipe out|get rid of|drive out|throw out)\s+(them|all|every|each|these|those|the|those|every one of)\b|\b(should|must|need to|needs to|deserve to|deserves to|ought to)\s+(all\s+)?(die|be killed|be shot|be hanged|be gassed|be burned|be exterminated|be wiped out|be deported|be expelled|hang|burn)\b|\b(i|we|i ll|we ll|im|i m|i am|we are)\s+(will\s+|gonna\s+|going to\s+)?(kill|murder|shoot|hunt down|burn)\s+(you|them|all|every|each|these|those)\b|\b(death to|kill all|gas the|hang all|burn all|shoot all)\b|\blet s (kill|burn|hang|shoot|wipe)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishThreat();

    [GeneratedRegex(@"杀光|杀绝|杀死|杀了|全杀|都杀|打死|烧死|砍死|弄死|枪毙|屠杀|灭了|灭绝|消灭|清除掉|赶出去|滚出|都该死|去死|该死|斩草除根|见一个杀一个", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseThreat();

    [GeneratedRegex(@"\b(proud to be|proud of being|i m|im|i am|we re|we are|as a|as an)\s+(a\s+|an\s+)?(proud\s+|black\s+|gay\s+|trans\s+)?(queer|gay|lesbian|dyke|bi|bisexual|trans|transgender|nonbinary|black|muslim|jewish|jew|immigrant|migrant|refugee|feminist|disabled|deaf)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSelfIdentification();

    [GeneratedRegex(@"(我是|我们是|作为一?[个名位]?)(一?[个名]?)(同性恋|同志|男同|女同|拉拉|gay|跨性别|双性恋|黑人|穆斯林|女权主义者|残疾人|移民|难民)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseSelfIdentification();

    [GeneratedRegex(@"\b(never|not|no one|nobody|don t|dont|do not|doesn t|didn t|wouldn t|shouldn t|won t|isn t|aren t|stop|refuse|against|wrong to|wrong that|condemn|reject)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNegation();

    [GeneratedRegex(@"\b(would never say|never call|stop calling|don t call|do not call|stop saying|is hate speech|are not vermin|aren t vermin|are not cockroaches|aren t cockroaches|it is wrong to|it s wrong to|i condemn|we condemn|we reject|i reject|is dehumanising|is dehumanizing|is racist|shame on|unacceptable to call)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRejection();

    [GeneratedRegex(@"不|没|别|勿|绝不|从不|反对|谴责|拒绝|不该|不能|不要", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNegation();

    [GeneratedRegex(@"不要说|不能说|别说|不应该说|不该说|不要叫|别叫|不是蟑螂|不是害虫|不是寄生虫|反对.{0,12}(歧视|仇恨|说)|谴责|是仇恨言论|是歧视|拒绝.{0,6}(歧视|仇恨)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseRejection();
}
