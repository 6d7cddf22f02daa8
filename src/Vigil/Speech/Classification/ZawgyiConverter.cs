using System.Text;

namespace Vigil.Speech.Classification;

/// <summary>
/// Legacy Zawgyi Burmese, still common on Facebook in Myanmar, reuses the Unicode Myanmar block with other meanings
/// (U+103A is medial ya there, U+1039 the asat, U+1060–U+1097 stacked and variant glyphs) and stores the vowel sign E
/// and medial ra before the consonant they are written left of. Detection weighs signs that only one encoding produces;
/// conversion maps the code points and moves E and medial ra after their consonant, as Unicode stores them.
/// </summary>
public static class ZawgyiConverter
{
    /// <summary>True when the Burmese in <paramref name="text"/> reads as Zawgyi rather than Unicode.</summary>
    public static bool IsZawgyi(string text)
    {
        var zawgyi = 0;
        var unicode = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < '\u1000' or > '\u109F')
            {
                continue;
            }
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case >= '\u1060' and <= '\u1097':
                    // Zawgyi's stacked consonants and glyph variants; Unicode puts Mon, Shan and Karen letters here,
                    // which Burmese posts hardly use.
                    zawgyi += 2;
                    break;
                case '\u1031' or '\u103B' when !IsMyanmar(previous) || !IsConsonantOrMedial(previous):
                    // E or ra first in a syllable: typed before the consonant, as only Zawgyi stores them.
                    zawgyi += 2;
                    break;
                case '\u1031' when IsConsonantOrMedial(previous):
                    unicode += 1;
                    break;
                case '\u1039' when !IsConsonant(next):
                    // Unicode's virama always stacks a consonant; Zawgyi's U+1039 is the asat, ending a syllable.
                    zawgyi += 1;
                    break;
                case '\u103A' when !IsMyanmar(next) || next is '\u1038' or '\u1037':
                    unicode += 1;
                    break;
                case '\u103E' or '\u103F':
                    unicode += 1;
                    break;
                default:
                    break;
            }
        }
        return zawgyi > unicode;
    }

    /// <summary>The text with its Zawgyi Burmese rewritten in Unicode; other characters are kept.</summary>
    public static string ToUnicode(string text)
    {
        var mapped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            mapped.Append(Map(c));
        }
        return Reorder(mapped.ToString());
    }

    private static string Map(char c) => c switch
    {
        '\u1039' => "\u103A",
        '\u103A' => "\u103B",
        '\u103B' or >= '\u107E' and <= '\u1084' => "\u103C",
        '\u103C' => "\u103D",
        '\u103D' or '\u1087' => "\u103E",
        '\u1033' => "\u102F",
        '\u1034' => "\u1030",
        '\u105A' => "\u102B\u103A",
        '\u1060' => "\u1039\u1000",
        '\u1061' => "\u1039\u1001",
        '\u1062' => "\u1039\u1002",
        '\u1063' => "\u1039\u1003",
        '\u1064' => "\u1004\u103A\u1039",
        '\u1065' => "\u1039\u1005",
        '\u1066' or '\u1067' => "\u1039\u1006",
        '\u1068' => "\u1039\u1007",
        '\u1069' => "\u1039\u1008",
        '\u106A' => "\u1009",
        '\u106B' => "\u100A",
        '\u106C' => "\u1039\u100B",
        '\u106D' => "\u1039\u100C",
        '\u106E' => "\u100D\u1039\u100D",
        '\u106F' => "\u100D\u1039\u100E",
        '\u1070' => "\u1039\u100F",
        '\u1071' or '\u1072' => "\u1039\u1010",
        '\u1073' or '\u1074' => "\u1039\u1011",
        '\u1075' => "\u1039\u1012",
        '\u1076' => "\u1039\u1013",
        '\u1077' => "\u1039\u1014",
        '\u1078' => "\u1039\u1015",
        '\u1079' => "\u1039\u1016",
        '\u107A' => "\u1039\u1017",
        '\u107B' => "\u1039\u1018",
        '\u107C' => "\u1039\u1019",
        '\u107D' => "\u103B",
        '\u1085' => "\u1039\u101C",
        '\u1086' => "\u103F",
        '\u1088' => "\u103E\u102F",
        '\u1089' => "\u103E\u1030",
        '\u108A' => "\u103D\u103E",
        '\u108B' => "\u1004\u103A\u1039\u102D",
        '\u108C' => "\u1004\u103A\u1039\u102E",
        '\u108D' => "\u1004\u103A\u1039\u1036",
        '\u108E' => "\u102D\u1036",
        '\u108F' => "\u1014",
        '\u1090' => "\u101B",
        '\u1091' => "\u100F\u1039\u100D",
        '\u1092' => "\u100B\u1039\u100C",
        '\u1093' => "\u1039\u1018",
        '\u1094' or '\u1095' => "\u1037",
        '\u1096' => "\u1039\u1010\u103D",
        '\u1097' => "\u100B\u1039\u100B",
        _ => c.ToString(),
    };

    // Zawgyi stores [E][ra] consonant [stack] [medials]; Unicode stores consonant [stack] [ra-less medials in order
    // ya, ra, wa, ha] then E. Kinzi (U+1004 U+103A U+1039) also moves before the consonant it sits on.
    private static string Reorder(string text)
    {
        var chars = new List<char>(text);
        var result = new StringBuilder(chars.Count);
        var i = 0;
        while (i < chars.Count)
        {
            var hasE = false;
            var hasRa = false;
            var start = i;
            while (i < chars.Count && chars[i] is '\u1031' or '\u103C')
            {
                hasE |= chars[i] == '\u1031';
                hasRa |= chars[i] == '\u103C';
                i++;
            }
            if ((hasE || hasRa) && i < chars.Count && IsConsonant(chars[i]))
            {
                result.Append(chars[i]);
                i++;
                // A stacked consonant belongs to the syllable's base.
                while (i + 1 < chars.Count && chars[i] == '\u1039' && IsConsonant(chars[i + 1]))
                {
                    result.Append(chars[i]).Append(chars[i + 1]);
                    i += 2;
                }
                var medials = new List<char>();
                if (hasRa)
                {
                    medials.Add('\u103C');
                }
                while (i < chars.Count && chars[i] is >= '\u103B' and <= '\u103E')
                {
                    medials.Add(chars[i]);
                    i++;
                }
                medials.Sort();
                result.Append(medials.ToArray());
                if (hasE)
                {
                    result.Append('\u1031');
                }
                continue;
            }
            for (var k = start; k < i; k++)
            {
                result.Append(chars[k]);
            }
            if (i < chars.Count && i == start)
            {
                result.Append(chars[i]);
                i++;
            }
        }
        return result.ToString();
    }

    private static bool IsMyanmar(char c) => c is >= '\u1000' and <= '\u109F';

    private static bool IsConsonant(char c) => c is >= '\u1000' and <= '\u1021' or '\u1025' or '\u1027' or '\u103F';

    private static bool IsConsonantOrMedial(char c) => IsConsonant(c) || c is >= '\u103B' and <= '\u103E';
}
