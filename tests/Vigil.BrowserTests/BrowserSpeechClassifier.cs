using Vigil.Speech;

namespace Vigil.BrowserTests;

/// <summary>
/// A stand-in for the trained speech model (training takes minutes; the review pages need a verdict, not a good one): a text with
/// "vermin" is hate inciting violence, with a lexicon hit; every other text is normal, so nothing else reaches the review queue.
/// </summary>
public sealed class BrowserSpeechClassifier : ISpeechClassifier
{
    public bool IsReady => true;

    public IReadOnlyList<SpeechVerdict> Classify(IReadOnlyList<SpeechText> texts) => [.. texts.Select(text =>
        text.Text.Contains("vermin", StringComparison.OrdinalIgnoreCase)
            ? new SpeechVerdict(SpeechLabel.Hate, 0.92, 0.05, 0.03, true, text.Language ?? "en", [new LexiconHit("vermin", "group-a", 3, true)])
            : new SpeechVerdict(SpeechLabel.Normal, 0.02, 0.03, 0.95, false, text.Language ?? "en", []))];
}
