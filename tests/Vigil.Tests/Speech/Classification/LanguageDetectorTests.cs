using Vigil.Speech.Classification;

namespace Vigil.Tests.Speech.Classification;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("They should all go back where they came from", "en")]
    [InlineData("lol u crazy", "en")]
    [InlineData("这些人真的太过分了", "zh")]
    [InlineData("ሰላም ለሁላችሁ ይሁን", "am")]
    [InlineData("မြန်မာ နိုင်ငံ", "my")]
    [InlineData("Je ne sais pas ce que vous voulez dire avec cela", "und")]
    [InlineData("El gobierno no es para los pobres", "und")]
    [InlineData("12345 !!!", "und")]
    public void Detect_TextInScript_GivesLanguage(string text, string expected) =>
        Assert.Equal(expected, new LanguageDetector().Detect(text));
}
