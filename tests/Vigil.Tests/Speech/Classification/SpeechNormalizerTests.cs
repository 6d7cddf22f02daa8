using Vigil.Speech.Classification;

namespace Vigil.Tests.Speech.Classification;

public sealed class SpeechNormalizerTests
{
    [Theory]
    [InlineData("They are V3RM1N", "they are vermin")]
    [InlineData("they are v.e.r.m.i.n", "they are vermin")]
    [InlineData("they are v e r m i n", "they are vermin")]
    [InlineData("Ｖｅｒｍｉｎ!!!", "vermin")]
    [InlineData("verrrrrmin", "verrmin")]
    [InlineData("@user in 2024", "user in 2024")]
    [InlineData("殺光他們", "杀光他们")]
    public void Normalize_DisguisedText_GivesPlainForm(string text, string expected) =>
        Assert.Equal(expected, SpeechNormalizer.Normalize(text));
}
