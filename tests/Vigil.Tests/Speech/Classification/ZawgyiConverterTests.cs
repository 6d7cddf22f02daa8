using Vigil.Speech.Classification;

namespace Vigil.Tests.Speech.Classification;

public sealed class ZawgyiConverterTests
{
    // Pairs written for these tests: the same word typed in Zawgyi and in Unicode.
    public static TheoryData<string, string> Pairs => new()
    {
        // "Myanmar": Zawgyi puts medial ra before the consonant and uses U+1039 as the asat.
        { "\u103B\u1019\u1014\u1039\u1019\u102C", "\u1019\u103C\u1014\u103A\u1019\u102C" },
        // "thanks": Zawgyi types the vowel sign E first and uses U+103A as medial ya.
        { "\u1031\u1000\u103A\u1038\u1007\u1030\u1038", "\u1000\u103B\u1031\u1038\u1007\u1030\u1038" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IsZawgyi_ZawgyiAndUnicodeForms_TellsThemApart(string zawgyi, string unicode)
    {
        Assert.True(ZawgyiConverter.IsZawgyi(zawgyi));
        Assert.False(ZawgyiConverter.IsZawgyi(unicode));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ToUnicode_ZawgyiWord_GivesTheUnicodeWord(string zawgyi, string unicode) =>
        Assert.Equal(unicode, ZawgyiConverter.ToUnicode(zawgyi));

    [Fact]
    public void Normalize_ZawgyiText_ReadsAsUnicode() =>
        Assert.Equal(SpeechNormalizer.Normalize("\u1019\u103C\u1014\u103A\u1019\u102C"), SpeechNormalizer.Normalize("\u103B\u1019\u1014\u1039\u1019\u102C"));
}
