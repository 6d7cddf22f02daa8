namespace Vigil.Speech;

/// <summary>A text to classify; <see cref="Language"/> (en, zh, am, my) is detected when null; <see cref="Country"/>
/// (ISO3) selects the country's lexicon entries besides the language-wide ones.</summary>
public sealed record SpeechText(string Text, string? Language = null, string? Country = null);
